"""## What it does
Flags imports of packages that are not in vigilint's offline package index but are one or two
edits away from a popular one: `import reqeusts`, `require("expresss")`,
`from beautifulsoup import BeautifulSoup`. Python top-level absolute imports and JavaScript
bare `require`/`import` specifiers are checked; the standard library, Node built-ins, relative
imports, import names that differ from their distribution (`yaml`, `cv2`, `sklearn`, `PIL`,
`bs4`, ...) and the project's own names (`known_packages`, filled by `vigilint scan` from the
project's manifests and modules) are not.

## Why is this bad?
Attackers register misspellings of popular packages (typo-squatting), and AI assistants
hallucinate plausible names that attackers then claim ("slopsquatting"). Installing one runs
the attacker's code on developer machines and in CI.

## Example
```python
import reqeusts
```

## Use instead
```python
import requests
```
Check the name on pypi.org / npmjs.com; `vigilint scan --online` asks the registry.

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
    return [use.hit() for use in source_uses(ctx, node) if use.status == "typo"]


RULE = Rule(
    id="VG-DEP-001",
    name="typosquatted-package-import",
    category="vulnerable-dependency",
    languages=("python", "javascript"),
    cwe=(1357, 829),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This package name is close to a popular package but is not one; check it for a "
            "typo-squat before installing.",
    node_kinds=SOURCE_NODE_KINDS,
    check=_check,
)
