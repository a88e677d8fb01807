"""## What it does
Flags dependencies declared in `requirements*.txt`, `pyproject.toml` (`[project]`
dependencies, optional dependencies, dependency groups, build requirements, Poetry tables),
`package.json` (all dependency maps, npm aliases resolved) and `go.mod` (`require`) whose name
is not in vigilint's offline package index but is one or two edits away from a popular package
(`reqeusts`, `expresss`, `github.com/gin-gonic/gni`, `golang.org/x/crytpo`).

## Why is this bad?
A typo-squatted dependency installs an attacker's package on every developer machine and CI
run. Attackers register misspellings of popular packages and the names AI assistants
hallucinate.

## Example
```
reqeusts==2.32.0
```

## Use instead
```
requests==2.32.0
```

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- CWE-829: Inclusion of Functionality from Untrusted Control Sphere
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dependencies.manifests import MANIFEST_PATHS, manifest_uses
from vigilint.model import Rule


def _check_file(ctx: FileContext) -> list[Hit]:
    return [use.hit() for use in manifest_uses(ctx) if use.status == "typo"]


RULE = Rule(
    id="VG-DEP-003",
    name="typosquatted-dependency",
    category="vulnerable-dependency",
    languages=("text", "toml", "json"),
    cwe=(1357, 829),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This dependency is close to a popular package but is not one; check it for a "
            "typo-squat before installing.",
    check_file=_check_file,
    paths=MANIFEST_PATHS,
)
