"""The import layers of harmledger: every import points down the pipeline, and no modules import each
other in a circle (docs/development.md, "Layers"). Reads the imports with ast; nothing is imported."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "harmledger"

# Bottom to top. A module may import its own part and the parts of lower layers, never a higher layer
# nor another part of its own layer. The foundation (layer 0) is the shared vocabulary every part may
# use; its modules may use each other (the circle check still applies). "" is the package's own face.
LAYERS: list[set[str]] = [
    {"_errors", "_config", "_text", "_dates", "_lazy", "_arabic", "schema", "plugins", "cli", "sample", ""},
    {"store"},
    {"geo", "ingest"},
    {"extract"},
    {"link"},
    {"review", "publish", "processing"},
    {"api"},
    {"web"},
]
LAYER_OF = {part: n for n, parts in enumerate(LAYERS) for part in parts}


def module_name(path: Path, root: Path = SRC) -> str:
    parts = ["harmledger", *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str], root: Path = SRC) -> Iterator[tuple[str, int]]:
    """Every harmledger module ``path`` imports, anywhere in it (in functions and under TYPE_CHECKING too:
    an import hidden in a function still ties the two modules), with its line."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # "from . import _lists" imports the submodule; "from .doc import Doc" the module.
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in modules else module for a in node.names]
        else:
            continue
        for target in targets:
            if target == "harmledger" or target.startswith("harmledger."):
                yield target, node.lineno


def part_of(module: str) -> str:
    """The part a module belongs to: ``harmledger.geo.document`` -> ``geo``; the package itself -> ""."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def graph(root: Path = SRC) -> dict[str, list[tuple[str, int]]]:
    paths = sorted(root.rglob("*.py"))
    modules = {module_name(p, root) for p in paths}
    return {module_name(p, root): list(imports(p, modules, root)) for p in paths}


def upward_imports(edges: dict[str, list[tuple[str, int]]]) -> list[str]:
    wrong = []
    for module, targets in edges.items():
        here = part_of(module)
        if module == "harmledger":
            continue  # the package's face re-exports, lazily, what users import from it
        for target, line in targets:
            there = part_of(target)
            if there == here or there == "":
                continue
            if there not in LAYER_OF or here not in LAYER_OF:
                wrong.append(f"{module}:{line} -> {target}: add {there or here!r} to LAYERS")
            elif LAYER_OF[there] > LAYER_OF[here] or (LAYER_OF[there] == LAYER_OF[here] and LAYER_OF[here] > 0):
                wrong.append(f"{module}:{line} -> {target} ({here} is layer {LAYER_OF[here]}, {there} {LAYER_OF[there]})")
    return wrong


def circles(edges: dict[str, list[tuple[str, int]]]) -> list[list[str]]:
    """The groups of modules that import each other in a loop (strongly connected components, Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target, _ in edges.get(node, []):
            if target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or any(t == node for t, _ in edges.get(node, [])):
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_import_points_down() -> None:
    edges = graph()
    assert len(edges) > 100 and sum(map(len, edges.values())) > 300, "the imports were not read"
    wrong = upward_imports(edges)
    assert not wrong, "imports from a lower layer to a higher one (see docs/development.md):\n" + "\n".join(wrong)


def test_no_import_circles() -> None:
    found = circles(graph())
    assert not found, "modules that import each other in a circle:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_every_part_has_a_layer() -> None:
    parts = {p.stem if p.is_file() else p.name for p in SRC.iterdir()
             if (p.is_file() and p.suffix == ".py" and p.name != "__init__.py") or (p / "__init__.py").exists()}
    assert parts - set(LAYER_OF) == set(), "parts without a layer: add them to LAYERS and docs/development.md"


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    root = tmp_path / "harmledger"
    for name, text in {
        "__init__.py": "",
        "store/__init__.py": "",
        "store/db.py": "from ..web.pages import x\n",
        "web/__init__.py": "",
        "web/pages.py": "from ..store.db import y\n",
        "geo/__init__.py": "",
        "geo/a.py": "from .b import f\n",
        "geo/b.py": "def f():\n    from .a import g\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_checks_catch_an_upward_import_and_a_circle(tiny: Path) -> None:
    edges = graph(tiny)
    assert upward_imports(edges) == [
        "harmledger.store.db:1 -> harmledger.web.pages (store is layer 1, web 7)",
    ]
    assert circles(edges) == [["harmledger.geo.a", "harmledger.geo.b"],
                              ["harmledger.store.db", "harmledger.web.pages"]]
