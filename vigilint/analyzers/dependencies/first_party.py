"""The project's own names: what an import may name without being a package from a registry.

The engine is per file and pure, so the scan layer collects these once per scan
(`with_project_names(settings, paths)`, called by `vigilint scan`) into the `project_packages`
setting, which the import rules read. This module reads files; no rule calls it.

Where the names come from: the repository the scanned paths belong to (the folder holding
`.git` above them, else the outermost folder with a project manifest within a few levels), and
the scanned folders themselves, walked once (skipping the default excludes: virtualenvs,
`node_modules`, build output, ..., and stopping after `MAX_FILES` files):
- Python: every module (`*.py` file) and every folder holding Python code, at any depth:
  packages, namespace packages, `src/` layouts, example and test packages (`flaskr`, the test
  apps a test suite puts on `sys.path`), sibling modules, test helpers;
- manifests anywhere in the tree: `pyproject.toml` (project and Poetry names, dependencies,
  extras, dependency groups, `[build-system]` requirements, setuptools package lists),
  `setup.cfg` (`name`, `packages`, requirements), `setup.py` (literal `name=`),
  `requirements*.txt`, `package.json` (`name`, so every workspace package, and its
  dependencies), `go.mod` (the module path, and everything below it), `tsconfig.json` /
  `jsconfig.json` path aliases (`@app/*`).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vigilint import lazyre
from vigilint.analyzers.dependencies.packages import requirement_name
from vigilint.paths import DEFAULT_EXCLUDES, read_regular_text

MAX_FILES = 200_000
_MAX_LEVELS_UP = 8
_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", "package.json", "go.mod",
                    "requirements.txt")
_IDENTIFIER = lazyre.compile(r"^[A-Za-z_]\w*$")
_SETUP_PY_NAME = lazyre.compile(r"""\bname\s*=\s*["']([A-Za-z0-9][A-Za-z0-9._-]*)["']""")
_GO_MODULE = lazyre.compile(r"^\s*module\s+\"?([^\s\"]+)", re.MULTILINE)


def project_known_names(roots: Iterable[Path], excludes: Iterable[str] = ()) -> list[str]:
    """Names that count as known for the imports of a scan of `roots` (see module docs)."""
    skip = frozenset((*DEFAULT_EXCLUDES, *excludes))
    out: set[str] = set()
    tops: list[Path] = []
    for root in roots:
        folder = (root if root.is_dir() else root.parent).resolve()
        tops.append(project_root(folder) or folder)
        tops.append(folder)
        if (folder / "__init__.py").exists():
            out.add(folder.name)  # scanning a package folder: its own name is first-party
    budget = [MAX_FILES]
    walked: list[Path] = []
    for top in dict.fromkeys(tops):
        if any(top == done or done in top.parents for done in walked):
            continue  # inside a tree already walked
        walked.append(top)
        out.update(_walk(top, skip, budget))
    return sorted(out)


def project_root(folder: Path) -> Path | None:
    """The repository `folder` belongs to: the folder holding `.git`, else the outermost folder
    with a project manifest within a few levels up; None when there is neither."""
    outermost: Path | None = None
    for level, candidate in enumerate((folder, *folder.parents)):
        if (candidate / ".git").exists():
            return candidate
        if level > _MAX_LEVELS_UP:
            break
        if any((candidate / marker).is_file() for marker in _PROJECT_MARKERS):
            outermost = candidate
    return outermost


def _walk(top: Path, skip: frozenset[str], budget: list[int]) -> set[str]:
    names: set[str] = set()
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in skip and not d.startswith(".")]
        budget[0] -= len(files)
        if budget[0] < 0:
            break
        base = Path(folder)
        has_python = False
        for file in files:
            lower = file.lower()
            if lower.endswith((".py", ".pyi")):
                has_python = True
                stem = file.rsplit(".", 1)[0]
                if _IDENTIFIER.match(stem) and stem != "__init__":
                    names.add(stem)
            if lower in _MANIFESTS or (lower.startswith("requirements")
                                       and lower.endswith((".txt", ".in"))):
                names.update(manifest_names(base / file))
        if has_python:
            # the folder and the folders above it up to the walk's top: packages, namespace
            # packages and the folders a test suite or a src layout puts on `sys.path`
            for part in base.relative_to(top).parts or (base.name,):
                if _IDENTIFIER.match(part):
                    names.add(part)
    return names


def manifest_names(path: Path) -> set[str]:
    """The names one manifest declares or defines (see module docs); empty when unreadable."""
    lower = path.name.lower()
    reader = _MANIFESTS.get(lower, _requirements)
    try:
        text = read_regular_text(path)  # a FIFO named like a manifest must not hang the scan
        return reader(text) if text is not None else set()
    except (OSError, ValueError, tomllib.TOMLDecodeError, AttributeError, TypeError):
        return set()


def _requirements(text: str) -> set[str]:
    names = set()
    for line in text.splitlines():
        name = requirement_name(line.split("#", 1)[0])
        if name:
            names.add(name)
    return names


def _package_json(text: str) -> set[str]:
    data = json.loads(text)
    names: set[str] = set()
    if not isinstance(data, dict):
        return names
    if isinstance(data.get("name"), str):
        names.add(data["name"])
    for key in ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies"):
        if isinstance(data.get(key), dict):
            names.update(k for k in data[key] if isinstance(k, str))
    return names


def _tsconfig(text: str) -> set[str]:
    """Path aliases (`"@app/*": ["src/*"]`) as prefixes; tsconfig allows comments and trailing
    commas, so the keys are read with a pattern rather than a JSON parser."""
    names: set[str] = set()
    block = re.search(r"\"paths\"\s*:\s*\{(.*?)\}", text, re.DOTALL)
    if block is None:
        return names
    for key in re.findall(r"\"([^\"]+)\"\s*:", block.group(1)):
        if key.endswith("/*"):
            names.add(key[:-1] + "*")
        elif key != "*":
            names.add(key)
    return names


def _go_mod(text: str) -> set[str]:
    match = _GO_MODULE.search(text)
    return {match.group(1), match.group(1) + "/*"} if match else set()


def _setup_py(text: str) -> set[str]:
    match = _SETUP_PY_NAME.search(text)  # a literal only: the file is never run
    return {match.group(1)} if match else set()


def _setup_cfg(text: str) -> set[str]:
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return set()
    names: set[str] = set()
    if parser.has_option("metadata", "name"):
        names.add(parser.get("metadata", "name").strip())
    for option in ("install_requires", "tests_require", "setup_requires", "packages",
                   "py_modules"):
        if parser.has_option("options", option):
            names.update(_listed(parser.get("options", option)))
    if parser.has_section("options.extras_require"):
        for _, value in parser.items("options.extras_require"):
            names.update(_listed(value))
    return {n for n in names if n}


def _listed(value: str) -> set[str]:
    out = set()
    for line in value.replace(",", "\n").splitlines():
        name = requirement_name(line.split("#", 1)[0])
        if name and not name.startswith("find"):
            out.add(name.split(".", 1)[0])
    return out


def _pyproject(text: str) -> set[str]:
    return pyproject_names(tomllib.loads(text))


def pyproject_names(data: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    assert isinstance(project, dict)
    if isinstance(project.get("name"), str):
        names.add(project["name"])
    specs: list[Any] = list(project.get("dependencies") or [])
    for group in (project.get("optional-dependencies") or {}).values():
        specs.extend(group or [])
    for group in (data.get("dependency-groups") or {}).values():
        specs.extend(g for g in group or [] if isinstance(g, str))
    build = data.get("build-system") if isinstance(data.get("build-system"), dict) else {}
    assert isinstance(build, dict)
    specs.extend(build.get("requires") or [])
    for spec in specs:
        if isinstance(spec, str) and (name := requirement_name(spec)):
            names.add(name)
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    assert isinstance(tool, dict)
    poetry = tool.get("poetry") or {}
    if isinstance(poetry, dict):
        if isinstance(poetry.get("name"), str):
            names.add(poetry["name"])
        for key in ("dependencies", "dev-dependencies"):
            names.update(k for k in (poetry.get(key) or {}) if k != "python")
        for group in (poetry.get("group") or {}).values():
            names.update(k for k in (group.get("dependencies") or {}) if k != "python")
        for package in poetry.get("packages") or []:
            if isinstance(package, dict) and isinstance(package.get("include"), str):
                names.add(package["include"].split("/", 1)[0])
    setuptools = tool.get("setuptools") or {}
    if isinstance(setuptools, dict) and isinstance(setuptools.get("packages"), list):
        names.update(p.split(".", 1)[0] for p in setuptools["packages"] if isinstance(p, str))
    return names


_MANIFESTS = {
    "pyproject.toml": _pyproject,
    "setup.cfg": _setup_cfg,
    "setup.py": _setup_py,
    "package.json": _package_json,
    "go.mod": _go_mod,
    "tsconfig.json": _tsconfig,
    "jsconfig.json": _tsconfig,
}


def with_project_names(settings: Any, paths: Iterable[Path]) -> Any:
    """`settings` with `project_packages` set to the project's own names (see module docs);
    returned unchanged when the settings model has no such field."""
    if not hasattr(settings, "project_packages"):
        return settings
    names = project_known_names(paths, getattr(settings, "exclude", ()) or ())
    if not names:
        return settings
    merged = list(dict.fromkeys([*settings.project_packages, *names]))
    return settings.model_copy(update={"project_packages": merged})
