"""The offline package index of the dependency rules (VG-DEP-*), and typo-squat detection.

Known names: the 15,000 most downloaded PyPI projects (PEP 503-normalised) and 17,338
high-impact npm packages (data/*.txt.gz), the Python standard library
(`sys.stdlib_module_names`), Node's built-in modules, import names that differ from their
distribution (`yaml` -> PyYAML, `cv2` -> opencv-python, ...; data/package_names.json), and the
project's own names.

Project names (the engine is per file and pure, so it cannot look at sibling files): the
`project_packages` setting is the per-scan set of names that count as known *for imports*;
`vigilint scan` fills it from the repository (first_party.py). Manifests themselves are still
checked against the index: they are where a hallucinated dependency is declared, and each is
reported there once instead of in every importing file. Private packages go in
`[tool.vigilint] known_packages` (a trailing `*` is a prefix: `@acme/*`), which every dependency
rule honours.

Typo-squats: a name that is not known and is within Damerau-Levenshtein (OSA) distance 1 (names
of 5 characters or fewer) or 2 of one of the 5,000 most popular names of its ecosystem.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import sys
from collections.abc import Sequence
from importlib import resources
from typing import Any

from vigilint import lazyre

POPULAR = 5000
_NORMAL = lazyre.compile(r"[-_.]+")
_PEP508_NAME = lazyre.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def normalize(name: str) -> str:
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
    names.update(extra().get("python_stdlib_other_versions", ()))  # e.g. 3.14's annotationlib
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
    exact = frozenset(normalize(n) for n in names if not n.endswith("*"))
    prefixes = tuple(normalize(n[:-1]) if not n.startswith("@") else n[:-1].lower()
                     for n in names if n.endswith("*"))
    return exact, prefixes


def is_project_name(name: str, settings: Any, project: bool = False) -> bool:
    exact, prefixes = settings_known(settings, project)
    normal = normalize(name)
    return normal in exact or name.lower() in exact or any(
        normal.startswith(p) or name.lower().startswith(p) for p in prefixes)


# -- Python ----------------------------------------------------------------------------------

def python_import_known(module: str) -> bool:
    """True when a top-level import name is stdlib, a known distribution or a known alias."""
    if module in python_stdlib() or module.startswith("_"):
        return True
    if module in import_names():
        return True
    normal = normalize(module)
    pypi = known("pypi")
    return any(candidate in pypi for candidate in (
        normal, f"python-{normal}", f"py{normal}", f"{normal}-python", f"{normal}py",
        f"py-{normal}", f"{normal}-py", *plugin_distributions(module)))


def plugin_distributions(module: str) -> tuple[str, ...]:
    """The distributions a framework plugin's import name is published under: Django and
    Flask plugins drop the framework from it (`formtools` is django-formtools,
    `phonenumber_field` django-phonenumber-field)."""
    normal = normalize(module)
    return (f"django-{normal}", f"flask-{normal}")


def python_dist_known(name: str) -> bool:
    return normalize(name) in known("pypi")


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
        names.extend(normalize(k) for k in import_names())
    out: dict[int, list[str]] = {}
    for name in names:
        if len(name) >= 4:
            out.setdefault(len(name), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _nearest(name: str, candidates: Sequence[str]) -> str | None:
    limit = 1 if len(name) <= 5 else 2
    best: tuple[int, str] | None = None
    chars = frozenset(name)
    for candidate in candidates:
        if candidate == name or abs(len(candidate) - len(name)) > limit:
            continue
        # an edit changes the set of characters by at most two (a substitution drops one and
        # adds one, a transposition none): a lower bound of the distance, cheap in C
        if len(chars.symmetric_difference(candidate)) > 2 * limit:
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
    normal = normalize(name) if ecosystem == "pypi" else name.lower()
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
