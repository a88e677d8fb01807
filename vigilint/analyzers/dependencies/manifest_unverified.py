"""## What it does
Flags dependencies declared in `requirements*.txt`, `pyproject.toml`, `package.json` and
`go.mod` that are not in vigilint's offline package index (the 15,000 most downloaded PyPI
projects, 17,338 high-impact npm packages; for Go, unknown `golang.org/x/...` repositories)
and not close to a popular name (that is VG-DEP-003). Only what the package's users install
is checked: runtime declarations (`dependencies`, `peerDependencies`, `optionalDependencies`,
`[project] dependencies`, feature extras, `requirements.txt`, `go.mod`). Declarations for
development only are left alone: `[build-system]`, npm `devDependencies`, Poetry's dev
dependencies, and docs, CI, release, test, lint, typing and dev extras, dependency groups and
requirement files (`requirements-dev.txt`); typos there are still VG-DEP-003. A versioned name
declared beside the popular name it extends (`httpx2` next to `httpx`) is reported here, not as
a typo. Private packages can be declared in `[tool.vigilint] known_packages`; `vigilint scan
--online` asks the registry and drops packages that exist.

Why development declarations are left alone, and imports are not: an invented name is first
written where the code uses it, so the import check (VG-DEP-002, every role, tests included)
reports an import no manifest of the project declares. A name declared for development only
never reaches the package's users; an invented one that nobody registered fails the
maintainers' next `npm install` / `pip install` (a 404) before it can do harm; and these lists
are where well-kept projects keep real niche tools (linter presets, test reporters, plugin test
helpers) that no offline list of popular packages holds: on the 31 well-kept projects of the
noise bench, every development-only report was such a real tool. What this gives up: an invented development name
that an attacker registered first installs on the maintainers' machines and CI; the offline
index cannot tell it from a real niche tool (both are absent), nor can `--online` (it exists),
so the report carried no signal there. Runtime declarations stay reported: every installation
of the package pulls them, so a look costs less than a wrong name.

## Why is this bad?
A dependency that no index knows is either obscure, private, or invented by an AI assistant.
Invented names fail to install and can be registered by an attacker ("slopsquatting").

## Example
```json
{"dependencies": {"express-secure-session-guard": "^1.0.0"}}
```

## Use instead
Confirm the package on its registry, pin it, and list private packages in `known_packages`.

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
    return [use.hit() for use in manifest_uses(ctx) if use.status == "unknown"
            and not use.tooling]


RULE = Rule(
    id="VG-DEP-004",
    name="unverified-dependency",
    category="vulnerable-dependency",
    languages=("text", "toml", "json"),
    cwe=(1357, 829),
    likelihood="possible",
    impact="low",
    confidence="low",
    message="This dependency is not in vigilint's index of known packages; verify that it "
            "exists before installing it.",
    check_file=_check_file,
    paths=MANIFEST_PATHS,
)
