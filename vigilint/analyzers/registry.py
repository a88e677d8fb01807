"""Rule discovery: every module under the rule packages that defines `RULE` (one rule) or
`RULES` (a declarative table) is registered. Nothing is listed by hand.

A rule's docs default to its module's docstring, so the docs live beside the code.

`all_rules()` imports every module. A scan of one Python file needs only the modules whose
rules apply to Python: `rules_for(language)` reads the rule index (`rule_index.json`, beside
this module: each module under the rule packages and the languages its rules name, written by
`python scripts/gen_rule_index.py`) and imports only those. The index is generated, so it may
be stale: when the modules on disk are not the ones it lists (a rule module added, renamed or
removed), or it cannot be read, `rules_for` walks every module as `all_rules` does; a test
regenerates it and fails when it differs (a module whose rules changed languages).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import pkgutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from vigilint.analyzers.languages import expand
from vigilint.model import Rule

RULE_PACKAGES: tuple[str, ...] = (
    "vigilint.analyzers.rules",
    "vigilint.analyzers.secrets",
    "vigilint.analyzers.crypto",
    "vigilint.analyzers.apis",
    "vigilint.analyzers.dependencies",
    "vigilint.prompts",
)
INDEX_FILE = Path(__file__).with_name("rule_index.json")


class RegistryError(RuntimeError):
    pass


def _module_names(package_name: str) -> Iterator[str]:
    """The package's modules and subpackages, recursively, without importing them (the
    names `pkgutil.walk_packages` yields for regular packages)."""
    spec = importlib.util.find_spec(package_name)
    if spec is None or not spec.submodule_search_locations:
        return

    def walk(paths: list[str], prefix: str) -> Iterator[str]:
        for info in pkgutil.iter_modules(paths, prefix):
            yield info.name
            if info.ispkg:
                leaf = info.name.rsplit(".", 1)[1]
                yield from walk([os.path.join(p, leaf) for p in paths], info.name + ".")

    yield from walk(list(spec.submodule_search_locations), package_name + ".")


def module_names() -> list[str]:
    """Every module under the rule packages, sorted (none is imported)."""
    return sorted(name for package in RULE_PACKAGES for name in _module_names(package))


def _modules(package_name: str) -> Iterable[object]:
    try:
        package = importlib.import_module(package_name)
    except ModuleNotFoundError:
        return
    paths = getattr(package, "__path__", None)
    if paths is None:
        return
    for info in sorted(pkgutil.walk_packages(paths, prefix=package_name + "."),
                       key=lambda i: i.name):
        yield importlib.import_module(info.name)


def _rules_of(module: object) -> list[Rule]:
    found: list[Rule] = []
    rule = getattr(module, "RULE", None)
    if isinstance(rule, Rule):
        found.append(rule)
    table = getattr(module, "RULES", None)
    if table is not None and not isinstance(table, (str, bytes)):
        found.extend(r for r in table if isinstance(r, Rule))
    doc = (getattr(module, "__doc__", None) or "").strip()
    out = []
    for r in found:
        if not r.docs and doc:
            r = r.model_copy(update={"docs": doc})
        out.append(r)
    return out


@functools.cache
def _module_rules(name: str) -> tuple[Rule, ...]:
    """The rules module `name` defines (one object per rule, whichever path loads it)."""
    return tuple(_rules_of(importlib.import_module(name)))


def _sorted_unique(modules: Iterable[str]) -> tuple[Rule, ...]:
    by_id: dict[str, Rule] = {}
    for name in modules:
        for rule in _module_rules(name):
            if rule.id in by_id:
                raise RegistryError(f"duplicate rule id {rule.id} in {name}")
            by_id[rule.id] = rule
    return tuple(by_id[k] for k in sorted(by_id))


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by id."""
    return _sorted_unique(getattr(module, "__name__", "") for package_name in RULE_PACKAGES
                          for module in _modules(package_name))


def build_index() -> dict[str, list[str]]:
    """Each module under the rule packages and the languages (as the rules name them, families
    included) of the rules it defines; [] for a helper module. Imports every module."""
    all_rules()  # imports every module, and checks the ids
    return {name: sorted({lang for rule in _module_rules(name) for lang in rule.languages})
            for name in module_names()}


def index_text(index: dict[str, list[str]]) -> str:
    """The index as JSON, one module a line (diffs stay readable)."""
    rows = ",\n".join(f"  {json.dumps(name)}: {json.dumps(index[name])}" for name in sorted(index))
    return ('{\n "generated_by": "python scripts/gen_rule_index.py",\n "modules": {\n'
            f"{rows}\n }}\n}}\n")


@functools.cache
def _index() -> dict[str, frozenset[str]] | None:
    """The rule index, when it lists exactly the modules on disk; None otherwise."""
    try:
        data = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
        modules: dict[str, list[str]] = data["modules"]
        index = {name: expand(tuple(langs)) for name, langs in modules.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if sorted(index) != module_names():
        return None
    return index


@functools.cache
def rules_for(language: str) -> tuple[Rule, ...]:
    """The rules that apply to `language`, sorted by id: the same rules, the same objects, as
    `all_rules()` filtered by language, importing only the modules that hold them (and what
    they import) when the rule index is current."""
    index = _index()
    if index is None:
        return tuple(r for r in all_rules() if language in expand(r.languages))
    chosen = _sorted_unique(name for name, langs in index.items() if language in langs)
    return tuple(r for r in chosen if language in expand(r.languages))


_BY_ID: list[tuple[tuple[Rule, ...], dict[str, Rule]]] = []


def rules_by_id() -> dict[str, Rule]:
    """Rules by id (built once per `all_rules()` tuple: the server looks a rule up for every
    diagnostic of every version)."""
    rules = all_rules()
    if not _BY_ID or _BY_ID[0][0] is not rules:
        _BY_ID[:] = [(rules, {r.id: r for r in rules})]
    return _BY_ID[0][1]


def get_rule(rule_id: str) -> Rule | None:
    return rules_by_id().get(rule_id.upper())
