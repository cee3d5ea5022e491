"""Every module-level name of the package is bound once.

A second assignment to a module constant silently replaces the first for every use, the functions above it
included (a list reach of 8 once became 3 that way). ruff flags a function defined twice, not a constant."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "peristiwa"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _module_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path):
    names = _module_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, n in names.items() if n > 1] == []


def test_the_check_finds_a_name_bound_twice():
    tree = ast.parse("_REACH = 8\ndef f():\n    return _REACH\n_REACH = 3\n")
    assert _module_level_names(tree)["_REACH"] == 2
