"""## What it does
Flags request data stored in the HTTP session (`session.setAttribute(name, value)`,
`putValue`) without validation.

## Why is this bad?
Data in the session is trusted by the rest of the application. Storing unvalidated input there
mixes trusted and untrusted data across a trust boundary (CWE-501): later code may treat an
attacker-chosen attribute name or value as an authenticated fact.

## Example
```java
request.getSession().setAttribute("user", request.getParameter("user"));
```

## Use instead
```java
String user = request.getParameter("user");
if (!USER.matcher(user).matches()) throw new IllegalArgumentException();
request.getSession().setAttribute("user", user);
```

## References
- CWE-501: Trust Boundary Violation
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "session", what="This session attribute",
                         advice="validate the value against an allow-list before storing it",
                         unknown=None)


RULE = Rule(
    id="VG-JAVA-INJ-008",
    name="trust-boundary-violation",
    category="injection",
    languages=("java",),
    cwe=(501,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="Request data is stored in the session unvalidated; validate it against an "
            "allow-list before `setAttribute`.",
    prefilter=load("java").prefilter("session"),
    sink_kinds=("session",),
    node_kinds=("method_invocation",),
    check=_check,
)
