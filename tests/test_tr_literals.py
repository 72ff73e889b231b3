"""lupdate finds a text only when it is written where it is translated: ``self.tr("Start")``.

It silently drops ``tr(variable)``, ``tr(f"...")``, ``tr("a" + b)`` and a context held in a
variable (``translate(CONTEXT, "n/a")`` never reached a catalogue). This lint fails on each.
A text taken from a table is allowed where the call says so with ``# tr: <where marked>``:
the table's texts are marked with QT_TRANSLATE_NOOP (or handed to lupdate by
scripts/translations.py), and the call's context must still be a literal.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "operator_app").rglob("*.py"))
MARK = "# tr:"


def call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Attribute):
        if f.attr == "translate" and isinstance(f.value, ast.Name) and f.value.id in (
                "QCoreApplication", "QApplication", "QGuiApplication"):
            return "translate"
        return "tr" if f.attr == "tr" else None
    if isinstance(f, ast.Name) and f.id in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP", "tr"):
        return f.id
    return None


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def findings(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    out = []
    tree = ast.parse(text)
    statement: dict[ast.AST, ast.stmt] = {}  # a call's innermost statement: its marker's room
    for stmt in ast.walk(tree):
        if isinstance(stmt, ast.stmt):
            for child in ast.walk(stmt):
                if child is not stmt and (child not in statement or
                                          statement[child].lineno <= stmt.lineno):
                    statement[child] = stmt
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or (name := call_name(node)) is None:
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        args = node.args
        f = node.func
        if name == "tr" and isinstance(f, ast.Attribute) and not (
                isinstance(f.value, ast.Name) and f.value.id == "self"):
            # lupdate files it under the object's spelling ("self.window"): never found
            out.append(f"{where}: tr() of another object: {lines[node.lineno - 1].strip()}")
            continue
        with_context = name in ("translate", "QT_TRANSLATE_NOOP")
        if with_context and (not args or not literal(args[0])):
            out.append(f"{where}: the context is not a literal: {lines[node.lineno - 1].strip()}")
            continue
        text_arg = args[1 if with_context else 0] if len(args) > (1 if with_context else 0) \
            else None
        if text_arg is None or literal(text_arg):
            continue
        stmt = statement.get(node, node)
        span = "\n".join(lines[stmt.lineno - 1:(stmt.end_lineno or stmt.lineno)])
        if isinstance(text_arg, (ast.JoinedStr, ast.BinOp)) or MARK not in span:
            out.append(f"{where}: the text is not a literal: {lines[node.lineno - 1].strip()}")
    return out


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    found = [f for p in SOURCES for f in findings(p)]
    assert not found, "\n".join(found)


def test_the_lint_finds_what_lupdate_drops(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "CONTEXT = 'Station'\n"
        "QCoreApplication.translate(CONTEXT, 'n/a')\n"
        "self.tr(f'{n} packs')\n"
        "self.tr('a' + b)\n"
        "self.tr(word)\n"
        "self.tr(TABLE[k])  # tr: TABLE's texts are marked with QT_TRANSLATE_NOOP\n"
        "QCoreApplication.translate('Alarms', text)  # tr: domain texts, see translations.py\n"
        "self.window.tr('Not kept')\n"
        "self.tr('Start swap')\n", encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = findings(bad)
    finally:
        ROOT = saved
    assert [f.split(":")[1] for f in found] == ["2", "3", "4", "5", "8"]
