"""## What it does
Flags `XPath.compile` / `XPath.evaluate` with an expression built from request data
("very likely") or from values of unknown origin ("possible").

## Why is this bad?
Quotes and operators in input change the XPath expression, exposing or matching nodes the
query was not meant to (for example any user's password node) (CWE-643).

## Example
```java
xpath.evaluate("/users/user[name='" + request.getParameter("name") + "']", doc);
```

## Use instead
```java
xpath.setXPathVariableResolver(v -> name);            // bind a variable
xpath.evaluate("/users/user[name=$name]", doc);
```

## References
- CWE-643: XPath Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) not in ("compile", "evaluate", "evaluateExpression", "selectNodes",
                                  "selectSingleNode"):
        return None
    receiver = receiver_text(ctx, node).lower()
    if "xp" not in receiver and "path" not in receiver:
        return None
    return taint_sink(ctx, node, "xpathi", indexes=(0,))


RULE = Rule(
    id="VG-JAVA-INJ-005",
    name="xpath-injection",
    category="injection",
    languages=("java",),
    cwe=(643,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An XPath expression is built from request data; bind it as an XPath variable "
            "instead.",
    prefilter=("compile", "evaluate", "selectNodes", "selectSingleNode"),
    node_kinds=("method_invocation",),
    check=_check,
)
