"""The offline package index of the dependency rules (VG-DEP-*), and typo-squat detection.

Known names: the 15,000 most downloaded PyPI projects (PEP 503-normalised) and 17,338
high-impact npm packages (data/*.txt.gz), the Python standard library
(`sys.stdlib_module_names`), Node's built-in modules, import names that differ from their
distribution (`yaml` -> PyYAML, `cv2` -> opencv-python, ...; data/package_names.json), and the
project's own names.

Project names (the engine is per file and pure, so it cannot look at sibling files): the
`project_packages` setting is the per-scan set of names that count as known *for imports*.
`vigilint scan` fills it with `project_known_names(roots)`: for each scanned folder and for
the nearest enclosing project folder (one with pyproject.toml, setup.py, package.json, ...,
searched up to the repository root), the dependencies declared in the manifests there and one
level below (requirements*.txt, pyproject.toml, package.json), the project's own
distribution/package names, and its first-party Python modules and packages (the language
server can do the same with its workspace root). Manifests
themselves are still checked against the index: they are where a hallucinated dependency is
declared, and each is reported there once instead of in every importing file. Private
packages go in `[tool.vigilint] known_packages` (a trailing `*` is a prefix: `@acme/*`), which
every dependency rule honours.

Typo-squats: a name that is not known and is within Damerau-Levenshtein (OSA) distance 1 (names
of 5 characters or fewer) or 2 of one of the 5,000 most popular names of its ecosystem.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

POPULAR = 5000
_NORMAL = re.compile(r"[-_.]+")
_PEP508_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def normalise(name: str) -> str:
    """PEP 503 normalisation (also applied to import names)."""
    return _NORMAL.sub("-", name).lower()


def _data(name: str) -> bytes:
    return resources.files("vigilint.analyzers.dependencies").joinpath(f"data/{name}").read_bytes()


@functools.cache
def _ranked(ecosystem: str) -> tuple[str, ...]:
    text = gzip.decompress(_data(f"{ecosystem}_names.txt.gz")).decode("utf-8")
    return tuple(line for line in text.split("\n") if line)


@functools.cache
def known(ecosystem: str) -> frozenset[str]:
    return frozenset(_ranked(ecosystem))


@functools.cache
def extra() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_data("package_names.json"))
    return data


@functools.cache
def import_names() -> dict[str, str]:
    """Python import name -> distribution, for the ones that differ."""
    return dict(extra()["python_import_names"])


@functools.cache
def node_builtins() -> frozenset[str]:
    return frozenset(extra()["node_builtins"])


@functools.cache
def common_local_modules() -> frozenset[str]:
    return frozenset(extra().get("common_local_modules", ()))


@functools.cache
def python_stdlib() -> frozenset[str]:
    names = set(getattr(sys, "stdlib_module_names", ()))
    names.update(("__future__", "__main__", "builtins"))
    names.update(extra().get("python2_stdlib", ()))  # old code and training data still use them
    return frozenset(names)


# -- project names -------------------------------------------------------------------------

def settings_known(settings: Any, project: bool = False) -> tuple[frozenset[str],
                                                                   tuple[str, ...]]:
    """(exact normalised names, prefixes) from `settings.known_packages` (and, with
    `project`, the per-scan `project_packages`), memoised."""
    names = tuple(getattr(settings, "known_packages", None) or ())
    if project:
        names += tuple(getattr(settings, "project_packages", None) or ())
    return _settings_known(names)


@functools.lru_cache(maxsize=16)
def _settings_known(names: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(normalise(n) for n in names if not n.endswith("*"))
    prefixes = tuple(normalise(n[:-1]) if not n.startswith("@") else n[:-1].lower()
                     for n in names if n.endswith("*"))
    return exact, prefixes


def is_project_name(name: str, settings: Any, project: bool = False) -> bool:
    exact, prefixes = settings_known(settings, project)
    normal = normalise(name)
    return normal in exact or name.lower() in exact or any(
        normal.startswith(p) or name.lower().startswith(p) for p in prefixes)


# -- Python ----------------------------------------------------------------------------------

def python_import_known(module: str) -> bool:
    """True when a top-level import name is stdlib, a known distribution or a known alias."""
    if module in python_stdlib() or module.startswith("_"):
        return True
    if module in import_names():
        return True
    normal = normalise(module)
    pypi = known("pypi")
    return any(candidate in pypi for candidate in (
        normal, f"python-{normal}", f"py{normal}", f"{normal}-python", f"{normal}py",
        f"py-{normal}", f"{normal}-py"))


def python_dist_known(name: str) -> bool:
    return normalise(name) in known("pypi")


# -- JavaScript ------------------------------------------------------------------------------

def npm_package_of(specifier: str) -> str | None:
    """The npm package a bare import specifier names, or None (relative, URL, built-in,
    alias)."""
    spec = specifier.strip()
    if not spec or spec.startswith((".", "/", "#", "~", "@/", "$")) or ":" in spec:
        return None
    parts = spec.split("/")
    if spec.startswith("@"):
        if len(parts) < 2 or not parts[1]:
            return None
        name = "/".join(parts[:2])
    else:
        name = parts[0]
    if name in node_builtins() or spec in node_builtins():
        return None
    if not re.fullmatch(r"(@[a-z0-9][\w.-]*/)?[a-z0-9][\w.-]*", name, re.IGNORECASE):
        return None
    return name


def npm_known(name: str) -> bool:
    return name in known("npm") or name.lower() in known("npm") or name.startswith("@types/")


# -- Go --------------------------------------------------------------------------------------

def go_module_problem(path: str) -> tuple[str, str | None] | None:
    """("unknown" | "typo", imitated module) for a go.mod requirement, None when fine."""
    if path.startswith("golang.org/x/"):
        repo = path.split("/")[2]
        if repo in extra()["go_x"]:
            return None
        near = _nearest(repo, tuple(extra()["go_x"]))
        return ("typo", f"golang.org/x/{near}") if near else ("unknown", None)
    popular = tuple(extra()["go_popular"])
    if path in popular or any(path.startswith(p + "/") for p in popular):
        return None
    near = _nearest(path, popular)
    return ("typo", near) if near else None


# -- typo-squats -----------------------------------------------------------------------------

def osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, or limit + 1 once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@functools.cache
def _buckets(ecosystem: str) -> dict[int, tuple[str, ...]]:
    names = list(_ranked(ecosystem)[:POPULAR])
    if ecosystem == "pypi":
        names.extend(normalise(k) for k in import_names())
    out: dict[int, list[str]] = {}
    for name in names:
        if len(name) >= 4:
            out.setdefault(len(name), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _nearest(name: str, candidates: Sequence[str]) -> str | None:
    limit = 1 if len(name) <= 5 else 2
    best: tuple[int, str] | None = None
    for candidate in candidates:
        if candidate == name or abs(len(candidate) - len(name)) > limit:
            continue
        distance = osa_distance(name, candidate, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, candidate)
            if distance == 1:
                break
    return best[1] if best else None


@functools.lru_cache(maxsize=4096)
def typosquat_of(name: str, ecosystem: str) -> str | None:
    """The popular package `name` imitates, or None."""
    normal = normalise(name) if ecosystem == "pypi" else name.lower()
    if len(normal) < 4:
        return None
    limit = 1 if len(normal) <= 5 else 2
    buckets = _buckets(ecosystem)
    candidates: list[str] = []
    for length in range(len(normal) - limit, len(normal) + limit + 1):
        candidates.extend(buckets.get(length, ()))
    return _nearest(normal, candidates)


# -- manifests -------------------------------------------------------------------------------

def requirement_name(spec: str) -> str | None:
    """The distribution name of a PEP 508 requirement string, None for URLs, paths, options."""
    spec = spec.strip()
    if not spec or spec.startswith(("-", "#", ".", "/", "git+", "http:", "https:", "file:")):
        return None
    if " @ " in spec and ("://" in spec or spec.split(" @ ", 1)[1].strip().startswith(".")):
        return None
    match = _PEP508_NAME.match(spec)
    return match.group(1) if match else None


def project_known_names(roots: Iterable[Path]) -> list[str]:
    """Names that count as known for a scan (see module docs). Reads files: call it from the
    CLI or the server, never from a rule."""
    out: set[str] = set()
    expanded: list[Path] = []
    for root in roots:
        folder = (root if root.is_dir() else root.parent).resolve()
        expanded.append(folder)
        project = _project_root(folder)
        if project is not None and project != folder:
            expanded.append(project)
        if (folder / "__init__.py").exists():
            out.add(folder.name)  # scanning a package folder: its own name is first-party
    for folder in dict.fromkeys(expanded):
        folders = [folder]
        try:
            folders.extend(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(
                ".") and p.name not in ("node_modules", "venv", "site-packages"))
        except OSError:
            continue
        for base in folders:
            out.update(_manifest_names(base))
            out.update(_first_party_modules(base))
    return sorted(out)


_PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", "package.json", "go.mod",
                    "requirements.txt")


def _project_root(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` with a project manifest, up to the repository
    root."""
    for candidate in (folder, *folder.parents):
        if any((candidate / marker).exists() for marker in _PROJECT_MARKERS):
            return candidate
        if (candidate / ".git").exists():
            return None
    return None


def _manifest_names(folder: Path) -> set[str]:
    names: set[str] = set()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return names
    for path in entries:
        lower = path.name.lower()
        try:
            if lower.startswith("requirements") and lower.endswith((".txt", ".in")):
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    name = requirement_name(line.split("#", 1)[0])
                    if name:
                        names.add(name)
            elif lower == "pyproject.toml":
                names.update(_pyproject_names(tomllib.loads(path.read_text(
                    encoding="utf-8", errors="replace"))))
            elif lower == "package.json":
                data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
                if isinstance(data, dict):
                    if isinstance(data.get("name"), str):
                        names.add(data["name"])
                    for key in ("dependencies", "devDependencies", "peerDependencies",
                                "optionalDependencies"):
                        if isinstance(data.get(key), dict):
                            names.update(data[key])
        except (OSError, ValueError, tomllib.TOMLDecodeError):
            continue
    return names


def _pyproject_names(data: dict[str, Any]) -> set[str]:
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
    for spec in specs:
        if isinstance(spec, str) and (name := requirement_name(spec)):
            names.add(name)
    poetry = (data.get("tool") or {}).get("poetry") or {}
    if isinstance(poetry, dict):
        if isinstance(poetry.get("name"), str):
            names.add(poetry["name"])
        for key in ("dependencies", "dev-dependencies"):
            names.update(k for k in (poetry.get(key) or {}) if k != "python")
        for group in (poetry.get("group") or {}).values():
            names.update(k for k in (group.get("dependencies") or {}) if k != "python")
    return names


def _first_party_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for base in (folder, folder / "src", folder / "lib"):
        try:
            entries = list(base.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.suffix == ".py":
                names.add(entry.stem)
            elif entry.is_dir() and (entry / "__init__.py").exists():
                names.add(entry.name)
    return names


def with_project_names(settings: Any, paths: Iterable[Path]) -> Any:
    """`settings` with `project_packages` set to the project's own names (see module docs);
    returned unchanged when the settings model has no such field."""
    if not hasattr(settings, "project_packages"):
        return settings
    names = project_known_names(paths)
    if not names:
        return settings
    merged = list(dict.fromkeys([*settings.project_packages, *names]))
    return settings.model_copy(update={"project_packages": merged})
