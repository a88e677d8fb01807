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
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink
from vigilint.analyzers.taint.java import java_taint
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) not in ("setAttribute", "putValue"):
        return None
    receiver = java_taint(ctx).receiver(node)
    text = receiver_text(ctx, node)
    if not ((receiver is not None and receiver.kind == "session") or text.endswith(
            "getSession()") or "session" in text.lower()):
        return None
    return taint_sink(ctx, node, "trustbound", possible=False)


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
    prefilter=("setAttribute", "putValue"),
    node_kinds=("method_invocation",),
    check=_check,
)
