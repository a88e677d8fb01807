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
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "xpath", what="This XPath expression",
                         advice="bind the value as an XPath variable",
                         unknown="possible")


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
    prefilter=load("java").prefilter("xpath"),
    sink_kinds=("xpath",),
    node_kinds=("method_invocation",),
    check=_check,
)
