"""Rule discovery: every module under the rule packages that defines `RULE` (one rule) or
`RULES` (a declarative table) is registered. Nothing is listed by hand.

A rule's docs default to its module's docstring, so the docs live beside the code.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable

from vigilint.model import Rule

RULE_PACKAGES: tuple[str, ...] = (
    "vigilint.analyzers.rules",
    "vigilint.analyzers.secrets",
    "vigilint.analyzers.crypto",
    "vigilint.analyzers.apis",
    "vigilint.analyzers.dependencies",
    "vigilint.prompts",
)


class RegistryError(RuntimeError):
    pass


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
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by id."""
    by_id: dict[str, Rule] = {}
    for package_name in RULE_PACKAGES:
        for module in _modules(package_name):
            for rule in _rules_of(module):
                if rule.id in by_id:
                    raise RegistryError(f"duplicate rule id {rule.id} in {module}")
                by_id[rule.id] = rule
    return tuple(by_id[k] for k in sorted(by_id))


def rules_by_id() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


def get_rule(rule_id: str) -> Rule | None:
    return rules_by_id().get(rule_id.upper())
