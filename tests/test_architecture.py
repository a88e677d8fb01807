"""The architecture contract (docs/architecture.toml): every import in vigilint/ is an arrow the
map allows. Function-local and TYPE_CHECKING imports count, and so do module names written as
strings (`importlib.import_module("vigilint.x")`, a package list), which hide a dependency."""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "vigilint"
MAP = tomllib.loads((ROOT / "docs" / "architecture.toml").read_text(encoding="utf-8"))["parts"]
_MODULE_STRING = re.compile(r"^vigilint(?:\.[A-Za-z_][A-Za-z0-9_]*)+$")


@dataclass(frozen=True)
class Arrow:
    source: str  # module importing
    target: str  # module imported
    line: int


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def arrows(path: Path, root: Path = ROOT, vigilint_only: bool = True) -> list[Arrow]:
    source = module_name(path, root)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    found: list[Arrow] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from vigilint import x` may name a submodule
            targets = [f"{module}.{alias.name}" if module in ("vigilint",) else module
                       for alias in node.names]
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and _MODULE_STRING.match(node.value)):
            targets = [node.value]
        found += [Arrow(source, t, node.lineno) for t in targets
                  if t.split(".")[0] == "vigilint" or not vigilint_only]
    return found


def part_of(module: str) -> str | None:
    best: tuple[int, str] | None = None
    for name, part in MAP.items():
        for prefix in part["modules"]:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), name)
    return None if best is None else best[1]


FILES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_belongs_to_a_part():
    orphans = [module_name(f) for f in FILES if part_of(module_name(f)) is None]
    assert not orphans, f"modules in no part of docs/architecture.toml: {orphans}"


def test_the_map_names_only_known_parts():
    for name, part in MAP.items():
        assert set(part["uses"]) <= set(MAP), name
        assert name not in part["uses"], f"{name} lists itself"


def test_the_map_has_no_cycle():
    seen: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"cycle: {' -> '.join((*path, name))}"
        if seen.get(name):
            return
        for used in MAP[name]["uses"]:
            visit(used, (*path, name))
        seen[name] = 1

    for name in MAP:
        visit(name, ())


def test_every_import_is_an_allowed_arrow():
    bad = []
    for path in FILES:
        for arrow in arrows(path):
            source, target = part_of(arrow.source), part_of(arrow.target)
            if source is None or target is None or source == target:
                continue
            if target not in MAP[source]["uses"]:
                bad.append(f"{path.relative_to(ROOT)}:{arrow.line}: {source} -> {target} "
                           f"({arrow.target})")
    assert not bad, "imports the architecture map does not allow:\n" + "\n".join(bad)


def test_pure_parts_import_no_network_or_process_module():
    bad = []
    for path in FILES:
        part = part_of(module_name(path))
        forbidden = set(MAP[part].get("forbids", ())) if part else set()
        for arrow in arrows(path, vigilint_only=False):
            if arrow.target.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(ROOT)}:{arrow.line}: {part} imports {arrow.target}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("code", "expected"), [
    ("import vigilint.server.server\n", ["vigilint.server.server"]),
    ("def f():\n    from vigilint.cli.rules import rule_text\n", ["vigilint.cli.rules"]),
    ("from vigilint import model\n", ["vigilint.model"]),
    ("PACKAGES = ('vigilint.prompts',)\n", ["vigilint.prompts"]),
    ("from . import engine\n", ["vigilint.analyzers"]),
    ("x = 'vigilint is great'\n", []),
])
def test_arrows_are_found_in_every_form(tmp_path, code, expected):
    probe = tmp_path / "vigilint" / "analyzers" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text(code, encoding="utf-8")
    assert [a.target for a in arrows(probe, tmp_path)] == expected
