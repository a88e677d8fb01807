"""## What it does
Flags a `vigilint: ignore[RULE-ID]` comment whose justification is missing, a placeholder, a
token such as "fp" or "todo", or shorter than 15 characters. Such a comment does not suppress
anything.

## Why is this bad?
Silencing a security scanner without saying why hides real vulnerabilities and leaves no trail
for review. Every suppression must explain why the finding does not apply.

## Example
```python
yaml.load(data)  # vigilint: ignore[VG-PY-DESER-001]
```

## Use instead
```python
yaml.load(data)  # vigilint: ignore[VG-PY-DESER-001] -- data is our own build manifest, never user input
```

## References
- CWE-1164 (irrelevant code) / OWASP A09:2021 / A09:2025 Security Logging & Alerting Failures
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.suppression import Directive
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    directives: list[Directive] = ctx.cache.get("directives", [])
    for directive in directives:
        if directive.problem is None:
            continue
        ids = ", ".join(directive.rule_ids) or "no rule"
        yield Hit(
            position=(directive.line, directive.column, directive.line, directive.end_column),
            message=f"Suppression of {ids} is not applied: {directive.problem}; add "
                    "`-- <why this finding does not apply>`.",
        )


RULE = Rule(
    id="VG-GEN-SUPPRESS-001",
    name="unjustified-suppression",
    category="scanner-bypass",
    languages=("*",),
    cwe=(1164,),
    owasp=("A09:2021", "A09:2025"),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="A vigilint suppression needs a written justification.",
    check_file=_check,
)
