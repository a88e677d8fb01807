"""## What it does
Flags imports of packages that are neither in vigilint's offline package index (the 15,000
most downloaded PyPI projects, 17,338 high-impact npm packages), nor the standard library or
Node built-ins, nor the project's own names (`known_packages`, filled by `vigilint scan` from
the project's manifests and first-party modules), nor close to a popular name (that is
VG-DEP-001). With `vigilint scan --online` the registry is asked and packages that exist are
dropped.

## Why is this bad?
AI assistants invent package names. An invented name fails to install today and can be
registered by an attacker tomorrow ("slopsquatting"); a real but obscure package deserves a
look before it joins the supply chain.

## Example
```python
import fastjsonschema_validator
```

## Use instead
Confirm the package on pypi.org / npmjs.com (or run `vigilint scan --online`), and declare
private packages in `[tool.vigilint] known_packages`.

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- CWE-829: Inclusion of Functionality from Untrusted Control Sphere
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dependencies.uses import SOURCE_NODE_KINDS, source_uses
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> list[Hit]:
    return [use.hit() for use in source_uses(ctx, node) if use.status == "unknown"]


RULE = Rule(
    id="VG-DEP-002",
    name="unverified-package-import",
    category="vulnerable-dependency",
    languages=("python", "javascript"),
    cwe=(1357, 829),
    likelihood="possible",
    impact="low",
    confidence="low",
    message="This package is not in vigilint's index of known packages; verify that it exists "
            "before installing it.",
    node_kinds=SOURCE_NODE_KINDS,
    check=_check,
)
