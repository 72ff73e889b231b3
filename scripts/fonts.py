"""Rebuild the fonts the console ships: ``python scripts/fonts.py``.

The console carries its own fonts (operator_app/fonts/) because a terminal may have none:
Noto Sans (Latin, Vietnamese, Greek), Noto Sans Thai, Noto Sans Symbols2 (the UI's marks
such as ⏸ ✗ ▶) copied as Debian ships them, and Noto Sans CJK HK cut down with fontTools'
subsetter to the characters the console can show: every character of every catalogue
(operator_app/translations/*.ts, sources and translations), every non-ASCII character of the
sources' strings, ASCII, CJK punctuation, the full-width forms and the characters of Hong
Kong, Macau and mainland cross-boundary plates. A translator who adds Chinese characters runs
this once and commits operator_app/fonts/ (tests/test_fonts.py fails until then).

The fonts come from Debian's packages fonts-noto-core and fonts-noto-cjk, at the versions
pinned below; they are fetched with ``apt-get download`` into the cache folder when missing
there (``--deb FILE`` takes a package fetched some other way). The packages are unpacked by
this script itself (no dpkg needed). Also writes OFL.txt (the licence, with the fonts'
copyright notices) and README.md in operator_app/fonts/.

    python scripts/fonts.py [--cache DIR] [--deb FILE ...]
    python scripts/fonts.py --check     only say whether the shipped fonts cover the texts

Needs fontTools (pinned in pyproject.toml's test extra; scripts/setup.sh installs it).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "operator_app" / "fonts"
CATALOGUES = ROOT / "operator_app" / "translations"
SOURCES = ROOT / "operator_app"

# Debian 12 (bookworm) versions; a newer one: change the pin, run, check the README's list.
PACKAGES = {"fonts-noto-core": "20201225-1", "fonts-noto-cjk": "1:20220127+repack1-1"}
CJK_FAMILY = "Noto Sans CJK HK"

# the plates of Hong Kong, Macau and the mainland's cross-boundary vehicles: 粵 (Guangdong
# cross-boundary plates) 港 澳, the provinces' abbreviations, and the special series
# (consulate, embassy, police, learner, trailer)
PLATE_CHARS = ("粵港澳"
               "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
               "使领警学挂")
ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
CJK_PUNCTUATION = "".join(chr(c) for c in range(0x3000, 0x3040))  # 、。〈〉「」『』【】〜…
FULL_WIDTH = ("".join(chr(c) for c in range(0xFF01, 0xFF5F))  # ！ to ～: ASCII's forms
              + "".join(chr(c) for c in range(0xFFE0, 0xFFE7)))  # ￠ ￡ ￢ ￣ ￤ ￥ ￦


@dataclass(frozen=True)
class Copied:
    """A font shipped as the package has it."""

    package: str
    member: str  # its path inside the package

    @property
    def name(self) -> str:
        return self.member.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Subset:
    """One face of a font collection, cut down to the console's characters."""

    package: str
    member: str
    family: str
    name: str


COPIED = [Copied("fonts-noto-core", f"usr/share/fonts/truetype/noto/{n}.ttf")
          for n in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansThai-Regular",
                    "NotoSansThai-Bold", "NotoSansSymbols2-Regular")]
SUBSETS = [Subset("fonts-noto-cjk", f"usr/share/fonts/opentype/noto/NotoSansCJK-{w}.ttc",
                  CJK_FAMILY, f"NotoSansCJKhk-{w}.subset.otf") for w in ("Regular", "Bold")]
COPYRIGHT = "usr/share/doc/{}/copyright"


# --- what the console shows -------------------------------------------------------------

def catalogue_text() -> dict[str, str]:
    """Every character of every catalogue (sources, translations, plural forms, comments),
    each with the first catalogue it is in."""
    seen: dict[str, str] = {}
    for ts in sorted(CATALOGUES.glob("*.ts")):
        for el in ET.parse(ts).iter():
            for c in (el.text or "") + (el.tail or ""):
                seen.setdefault(c, ts.name)
    return seen


def source_text() -> dict[str, str]:
    """Every character of the strings in the console's Python sources (language names in
    their own script, the Thai plate keyboard, marks such as ▶ ✓), docstrings left out."""
    seen: dict[str, str] = {}
    for py in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(py.read_text(encoding="utf-8"), str(py))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings):
                for c in node.value:
                    seen.setdefault(c, str(py.relative_to(ROOT)))
    return seen


def shown(c: str) -> bool:
    """A character that is drawn (not a control character or a line break)."""
    return unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")


def wanted() -> dict[str, str]:
    """Every character the CJK subset is to cover, with where it comes from."""
    want: dict[str, str] = {}
    for text, origin in ((ASCII, "ASCII"), (CJK_PUNCTUATION, "CJK punctuation"),
                         (FULL_WIDTH, "full-width forms"), (PLATE_CHARS, "plates")):
        for c in text:
            want.setdefault(c, origin)
    for c, origin in {**source_text(), **catalogue_text()}.items():
        want.setdefault(c, origin)
    return {c: o for c, o in want.items() if shown(c)}


# --- the Debian packages ------------------------------------------------------------------

def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "operator-app" / "fonts"


def deb_name(package: str, version: str) -> str:
    return f"{package}_{version.replace(':', '%3a')}_all.deb"


def fetch(package: str, cache: Path, given: list[Path]) -> Path:
    """The package's .deb at the pinned version: given, cached, or downloaded into cache."""
    version = PACKAGES[package]
    name = deb_name(package, version)
    for path in given:
        if path.name == name or path.name == name.replace("%3a", ":"):
            return path
    cached = cache / name
    if cached.exists():
        return cached
    if not shutil.which("apt-get"):
        sys.exit(f"fonts: {name} is not in {cache} and there is no apt-get here; fetch it "
                 f"and give it with --deb")
    cache.mkdir(parents=True, exist_ok=True)
    print(f"fonts: downloading {package}={version} into {cache}")
    run = subprocess.run(["apt-get", "download", f"{package}={version}"], cwd=cache,
                         capture_output=True, text=True)
    if run.returncode != 0 or not cached.exists():
        sys.exit(f"fonts: apt-get download {package}={version} failed "
                 f"({run.returncode}): {run.stderr.strip()[-1000:]}\n(run apt-get update "
                 "first, or change the pin in scripts/fonts.py)")
    return cached


def deb_data(deb: Path) -> tarfile.TarFile:
    """The package's file tree (data.tar.*), read from the ar archive a .deb is."""
    with deb.open("rb") as f:
        if f.read(8) != b"!<arch>\n":
            sys.exit(f"fonts: {deb} is not a Debian package")
        while header := f.read(60):
            name = header[:16].decode().strip().rstrip("/")
            size = int(header[48:58].decode())
            if name.startswith("data.tar"):
                data = f.read(size)
                if name.endswith(".zst"):  # tarfile cannot read zstd: let dpkg unpack it
                    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)],
                                         capture_output=True, check=True).stdout
                    return tarfile.open(fileobj=io.BytesIO(tar))
                return tarfile.open(fileobj=io.BytesIO(data))
            f.seek(size + (size & 1), os.SEEK_CUR)
    sys.exit(f"fonts: {deb} has no data.tar")


def unpack(deb: Path, members: set[str], into: Path) -> dict[str, Path]:
    """``members`` of the package, unpacked under ``into`` (once: kept in the cache)."""
    out = {m: into / m for m in members}
    if all(p.exists() for p in out.values()):
        return out
    with deb_data(deb) as tar:
        for info in tar:
            name = info.name.removeprefix("./")
            if name in members and info.isfile():
                out[name].parent.mkdir(parents=True, exist_ok=True)
                src = tar.extractfile(info)
                assert src is not None
                tmp = out[name].with_suffix(".part")
                with tmp.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                tmp.replace(out[name])
    missing = [m for m, p in out.items() if not p.exists()]
    if missing:
        sys.exit(f"fonts: {deb.name} has no {', '.join(missing)}")
    return out


# --- the fonts ----------------------------------------------------------------------------

def face_number(ttc: Path, family: str) -> int:
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(ttc), lazy=True)
    for i, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == family:
            return i
    sys.exit(f"fonts: {ttc.name} has no face {family!r}")


def make_subset(ttc: Path, family: str, chars: str, out: Path) -> list[str]:
    """The face ``family`` of ``ttc`` with only ``chars`` (and what shaping them needs);
    its names (family included), licence and copyright kept. The characters the face has
    not are returned."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(ttc), fontNumber=face_number(ttc, family), recalcTimestamp=False,
                  lazy=False)
    cmap = font.getBestCmap()
    absent = [c for c in chars if ord(c) not in cmap]
    options = subset.Options()
    options.name_IDs = ["*"]  # copyright, licence, trademark: the OFL wants them kept
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars if ord(c) in cmap])
    subsetter.subset(font)
    if font["name"].getDebugName(1) != family:
        sys.exit(f"fonts: the subset of {ttc.name} lost its family name")
    tmp = out.with_suffix(".part")
    font.save(str(tmp))
    tmp.replace(out)
    return absent


def cmap_of(path: Path) -> set[int]:
    from fontTools.ttLib import TTFont

    return set(TTFont(str(path), lazy=True).getBestCmap())


def licence_text(copyright_file: Path) -> str:
    """The OFL's text from a Debian copyright file (its stand-alone "License: SIL-1.1" or
    "OFL-1.1" paragraph, unfolded)."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    out: list[str] | None = None
    for line in lines:
        if out is None:
            if line.strip() in ("License: SIL-1.1", "License: OFL-1.1"):
                out = []
            continue
        if not line.startswith(" "):
            if out:
                break
            out = None  # a "License:" field of a Files paragraph: the text comes later
            continue
        body = line[1:]
        out.append("" if body.strip() == "." else body)
    if not out:
        sys.exit(f"fonts: no OFL text in {copyright_file}")
    return "\n".join(out).strip() + "\n"


def notice(path: Path) -> tuple[str, str, str]:
    """A font's family, version and copyright notice, from its name table."""
    from fontTools.ttLib import TTFont

    name = TTFont(str(path), lazy=True)["name"]
    return (name.getDebugName(1) or "?", name.getDebugName(5) or "?",
            name.getDebugName(0) or "?")


def write_licence(shipped: list[Path], copyright_file: Path) -> None:
    notices = dict.fromkeys(f"{notice(p)[0]}: {notice(p)[2]}" for p in shipped)
    text = ("The fonts in this folder (see README.md) are licensed under the SIL Open Font "
            "License,\nVersion 1.1, copied below. Their copyright notices, as their files "
            "carry them:\n\n" + "\n".join(notices) + "\n\n"
            "No Reserved Font Name is declared by these fonts or by Debian's copyright "
            "files for\nthem. Noto is a trademark of Google (each file says so in its "
            "name table).\n\n" + licence_text(copyright_file))
    (FONTS / "OFL.txt").write_text(text, encoding="utf-8")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def write_readme(rows: list[tuple[Path, str, str]], chars: int, absent: list[str],
                 hk: int) -> None:
    """rows: (shipped file, its package and version, how it was made)."""
    table = "\n".join(
        f"| `{p.name}` | {notice(p)[0]} | {p.stat().st_size / 1024:.0f} KiB | {pkg} | "
        f"{how} | `{sha(p)}` |" for p, pkg, how in rows)
    total = sum(p.stat().st_size for p, _, _ in rows) / 1e6
    not_in_cjk = "".join(absent)
    text = f"""# The console's fonts

A terminal may have no fonts of its own: the console registers every font file here at
start-up (`operator_app/ui/fonts.py`, `install()`) and makes its application font the
families **Noto Sans**, **Noto Sans Thai**, **Noto Sans CJK HK**, **Noto Sans Symbols2**,
in that order (Qt takes each character from the first family that has it).

Made by `python scripts/fonts.py` (do not edit these files by hand): it takes the fonts
from Debian's packages, downloading them with `apt-get download` into a cache folder when
needed, copies the first five as they are and cuts Noto Sans CJK HK down with fontTools'
subsetter. **After adding characters to a catalogue (Chinese above all), run it again** and
commit this folder; `tests/test_fonts.py` fails while a character of a catalogue has no
glyph here (`python scripts/fonts.py --check` says which).

| file | family | size | Debian package | how it was made | sha256 (16) |
| --- | --- | --- | --- | --- | --- |
{table}

Total: {total:.2f} MB.

The CJK subset is the face "Noto Sans CJK HK" (index {hk} of the package's
`NotoSansCJK-Regular.ttc` / `-Bold.ttc`), keeping its names (so Qt still sees the family
"Noto Sans CJK HK"), its copyright, licence and trademark strings and the OpenType
features fontTools keeps by default, with {chars} characters: ASCII, CJK Symbols and
Punctuation (U+3000-303F), the full-width forms U+FF01-FF5E and U+FFE0-FFE6, every
character of every `operator_app/translations/*.ts` (sources and translations), every
character of the strings in the console's sources, and the characters of Hong Kong, Macau
and mainland cross-boundary plates: `{PLATE_CHARS}`.
Characters wanted that the CJK face has not (Thai, a few marks; the other fonts here cover
them): `{not_in_cjk}`.

## Licence

All of them: SIL Open Font License 1.1 (`OFL.txt`, with the copyright notices the files
carry; the licence text is the one in Debian's `/usr/share/doc/fonts-noto-cjk/copyright`).
The subset is a Modified Version under the OFL: it is distributed under the OFL too, with
that licence and the notices. Neither the fonts' name tables nor Debian's copyright files
declare a Reserved Font Name; Noto Sans CJK is Adobe's Source Han Sans, whose own release
reserves the name "Source": the subset uses neither "Source" nor a new name. "Noto" is a
trademark of Google, as each file's name table says. The fonts may be bundled with the
console; they may not be sold on their own.
"""
    (FONTS / "README.md").write_text(text, encoding="utf-8")


def check() -> int:
    """Whether the shipped fonts cover every character of the catalogues and sources."""
    files = sorted([*FONTS.glob("*.ttf"), *FONTS.glob("*.otf")])
    if not files:
        print("fonts: operator_app/fonts has no fonts; run python scripts/fonts.py")
        return 1
    covered = set().union(*(cmap_of(p) for p in files))
    cjk = set().union(*(cmap_of(p) for p in files if p.name.startswith("NotoSansCJK")))
    want = wanted()
    missing = {c: o for c, o in want.items() if ord(c) not in covered}
    # a Chinese character that Noto Sans CJK has but the subset has not yet (most likely a
    # new translation), so that the message names the fix
    stale = {c: o for c, o in want.items() if ord(c) not in cjk and
             unicodedata.name(c, "").startswith("CJK")}
    for c, origin in {**missing, **stale}.items():
        print(f"fonts: no glyph for {c!r} (U+{ord(c):04X}, from {origin})")
    if missing or stale:
        print("fonts: run python scripts/fonts.py and commit operator_app/fonts")
        return 1
    print(f"fonts: the {len(files)} fonts cover all {len(want)} characters")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=default_cache(),
                    help="where the Debian packages are kept (default: %(default)s)")
    ap.add_argument("--deb", type=Path, action="append", default=[],
                    help="a package's .deb fetched some other way (repeatable)")
    ap.add_argument("--check", action="store_true",
                    help="only check that the shipped fonts cover the texts")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    FONTS.mkdir(exist_ok=True)
    want = wanted()
    chars = "".join(sorted(want))
    members: dict[str, set[str]] = {}
    for f in [*COPIED, *SUBSETS]:
        members.setdefault(f.package, set()).add(f.member)
    files: dict[str, dict[str, Path]] = {}
    for package, wanted_members in members.items():
        deb = fetch(package, args.cache, args.deb)
        into = args.cache / "unpacked" / deb.stem
        files[package] = unpack(deb, {*wanted_members, COPYRIGHT.format(package)}, into)
    rows: list[tuple[Path, str, str]] = []
    for f in COPIED:
        out = FONTS / f.name
        shutil.copyfile(files[f.package][f.member], out)
        rows.append((out, f"{f.package} {PACKAGES[f.package]}", f"copied from `/{f.member}`"))
    absent: list[str] = []
    hk = 0
    for s in SUBSETS:
        out = FONTS / s.name
        ttc = files[s.package][s.member]
        hk = face_number(ttc, s.family)
        absent = make_subset(ttc, s.family, chars, out)
        rows.append((out, f"{s.package} {PACKAGES[s.package]}",
                     f"subset of face {hk} ({s.family}) of `/{s.member}`"))
    shipped = [p for p, _, _ in rows]
    stale = sorted({*FONTS.glob("*.ttf"), *FONTS.glob("*.otf")} - set(shipped))
    for p in stale:
        print(f"fonts: removing {p.name}, which this script no longer makes")
        p.unlink()
    write_licence(shipped, files["fonts-noto-cjk"][COPYRIGHT.format("fonts-noto-cjk")])
    write_readme(rows, len(want), absent, hk)
    covered = set().union(*(cmap_of(p) for p in shipped))
    uncovered = [c for c in chars if ord(c) not in covered]
    for p in shipped:
        print(f"fonts: {p.name}: {p.stat().st_size / 1024:.0f} KiB")
    print(f"fonts: {len(chars)} characters; total "
          f"{sum(p.stat().st_size for p in shipped) / 1e6:.2f} MB in {FONTS}")
    if uncovered:
        print("fonts: NO font here has: " + " ".join(f"{c!r} U+{ord(c):04X} (from {want[c]})"
                                                    for c in uncovered))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
