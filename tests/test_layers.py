"""Imports only go downward: schema < nlp < loaders < graph < queries < exporters < cli.

Read from the source, not by importing it: every ``import``/``from`` statement (at any depth, so lazy
imports count) and every lazy ``"timelinekg.module:attribute"`` registry target.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "src" / "timelinekg"
# Bottom to top. The helpers every layer may use sit below them all; the CLI and ``python -m`` on top.
LAYERS = [
    ("batches", "errors", "memo", "plugin"),
    ("schema",),
    ("nlp",),
    ("loaders",),
    ("graph",),
    ("queries",),
    ("exporters",),
    ("cli", "cli_support", "__main__"),
]
RANKS = {name: rank for rank, names in enumerate(LAYERS) for name in names}
TARGET = re.compile(r"^(timelinekg(?:\.\w+)+):\w+$")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rank(module: str) -> int | None:
    """The layer of a ``timelinekg.*`` module; ``None`` for the package itself."""
    parts = module.split(".")
    if len(parts) < 2:
        return None
    return RANKS[parts[1]]


def imported(tree: ast.AST) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (match := TARGET.match(node.value)):
            found.append((match[1], node.lineno))
    return [(name, line) for name, line in found if name == "timelinekg" or name.startswith("timelinekg.")]


def test_every_module_belongs_to_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        module = module_name(path)
        assert module == "timelinekg" or module.split(".")[1] in RANKS, f"{module} is in no layer of {LAYERS}"


def test_no_module_imports_from_a_higher_layer() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        own = rank(module)
        if own is None:
            continue
        for name, line in imported(ast.parse(path.read_text(encoding="utf-8"))):
            target = rank(name)
            if target is not None and target > own:
                upward.append(f"{path.relative_to(REPO)}:{line} imports {name}, a higher layer")
    assert not upward, "\n".join(upward)


def test_the_check_sees_lazy_imports_and_registry_targets() -> None:
    tree = ast.parse('def f():\n    from timelinekg.cli import cli\nX = {"a": "timelinekg.queries.network:related"}\n')
    assert imported(tree) == [("timelinekg.cli", 2), ("timelinekg.queries.network", 3)]
