"""Work on a catalogue's translations outside Qt Linguist, in JSON chunks a translator can edit.

    python scripts/catalogue.py export LANG DIR [--all] [--size N]
        writes DIR/chunk_NN.json: the catalogue's unfinished messages (every message with
        --all), N to a chunk, each {"context", "source", "comment", "plural", "translation"};
        a plural message's "translation" is a list with one form per number the language
        tells apart ("forms" says how many).
    python scripts/catalogue.py check LANG DIR
        what is wrong with DIR's translations: empty ones, placeholders (%1, %n) or markup
        lost or added, the glossary's terms not used (see glossary_LANG.json).
    python scripts/catalogue.py import LANG DIR
        writes DIR's translations into operator_app_LANG.ts (they are then finished) and
        builds the .qm, refusing while check finds something.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations

CATALOGUES = translations.CATALOGUES
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|&[a-z]+;")


def ts_path(lang: str) -> Path:
    return CATALOGUES / f"operator_app_{lang}.ts"


def glossary(lang: str) -> dict:
    """The language's terms: {"terms": {english: {"use": [forms], "note": ...}},
    "except": {english: [sources where another word is right]}, "avoid": [forms]}."""
    path = CATALOGUES / f"glossary_{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def term_pattern(term: str) -> re.Pattern[str]:
    """The English term in a source: as a word, with its endings (packs, swapped, slot's)."""
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"\w*", re.IGNORECASE)


def forms_of(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    if tr is None:
        return [""]
    forms = [n.text or "" for n in tr.findall("numerusform")]
    return forms if message.get("numerus") == "yes" else [tr.text or ""]


def problems(lang: str, source: str, forms: list[str], context: str = "") -> list[str]:
    """What is wrong with one message's translation, in words."""
    out: list[str] = []
    gloss = glossary(lang)
    plural = "%n" in source
    for text in forms:
        if not text.strip():
            out.append("empty")
            continue
        want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
        have = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
        if want != have:
            out.append(f"placeholders {want} became {have}")
        if plural and "%n" not in text and len(forms) == 1:
            out.append("%n lost (a language with one form must show the number)")
        if sorted(MARKUP.findall(source)) != sorted(MARKUP.findall(text)):
            out.append("markup changed")
        if source.count("\n") and not text.count("\n"):
            out.append("the line breaks were lost")
        for term, spec in gloss.get("terms", {}).items():
            if not term_pattern(term).search(source):
                continue
            if source in gloss.get("except", {}).get(term, []):
                continue
            if not any(u.lower() in text.lower() for u in spec["use"]):
                out.append(f"glossary: {term!r} should read one of {spec['use']}")
        for avoid in gloss.get("avoid", []):
            if avoid.lower() in text.lower():
                out.append(f"glossary: avoid {avoid!r}")
    return out


def entries(lang: str, everything: bool) -> list[dict]:
    root = ET.parse(ts_path(lang)).getroot()
    found = []
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if not everything and tr is not None and tr.get("type") != "unfinished":
                continue
            plural = m.get("numerus") == "yes"
            forms = forms_of(m)
            found.append({"context": ctx.findtext("name"), "source": m.findtext("source"),
                          "comment": m.findtext("comment") or "", "plural": plural,
                          "forms": len(forms) if plural else 1,
                          "translation": forms if plural else forms[0]})
    return found


def export(lang: str, folder: Path, everything: bool = False, size: int = 150) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    found = entries(lang, everything)
    for i in range(0, len(found), size):
        (folder / f"chunk_{i // size:02d}.json").write_text(
            json.dumps(found[i:i + size], ensure_ascii=False, indent=1), encoding="utf-8")
    return len(found)


def load(folder: Path) -> list[dict]:
    return [e for p in sorted(folder.glob("chunk_*.json"))
            for e in json.loads(p.read_text(encoding="utf-8"))]


def check(lang: str, folder: Path) -> list[str]:
    out = []
    for e in load(folder):
        forms = e["translation"] if isinstance(e["translation"], list) else [e["translation"]]
        if e["plural"] and len(forms) != e["forms"]:
            out.append(f"{e['context']}: {e['source']!r}: {e['forms']} forms wanted")
        out += [f"{e['context']}: {e['source']!r}: {p}"
                for p in problems(lang, e["source"], forms, e["context"])]
    return out


def apply(lang: str, folder: Path) -> int:
    done = {(e["context"], e["source"], e["comment"]): e for e in load(folder)}
    path = ts_path(lang)
    tree = ET.parse(path)
    n = 0
    for ctx in tree.getroot().findall("context"):
        for m in ctx.findall("message"):
            e = done.get((ctx.findtext("name"), m.findtext("source"), m.findtext("comment") or ""))
            if e is None:
                continue
            tr = m.find("translation")
            if tr is None:
                tr = ET.SubElement(m, "translation")
            tr.attrib.pop("type", None)
            if e["plural"]:
                for old in list(tr):
                    tr.remove(old)
                tr.text = None
                for form in e["translation"]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = e["translation"]
            n += 1
    translations.write_ts(path, tree.getroot())
    translations.update(path)
    return n


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("export", "check", "import"):
        print(__doc__)
        return 2
    what, lang, folder = argv[0], argv[1], Path(argv[2])
    if not ts_path(lang).exists():
        print(f"no catalogue {ts_path(lang)}: run python scripts/translations.py {lang}")
        return 1
    if what == "export":
        size = int(argv[argv.index("--size") + 1]) if "--size" in argv else 150
        n = export(lang, folder, "--all" in argv, size)
        print(f"catalogue: {n} messages of {lang} in {folder}")
        return 0
    found = check(lang, folder)
    for line in found:
        print(line)
    if what == "check":
        print(f"catalogue: {len(found)} problems in {folder}")
        return 1 if found else 0
    if found:
        print(f"catalogue: not imported, {len(found)} problems (see above)")
        return 1
    print(f"catalogue: {apply(lang, folder)} messages written to {ts_path(lang).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
