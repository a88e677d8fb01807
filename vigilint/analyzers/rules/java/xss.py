"""## What it does
Flags request data written to a servlet response (`response.getWriter().print/println/write/
format/printf/append`, also through a `PrintWriter` variable) without HTML encoding.

## Why is this bad?
Echoing input into an HTML page lets an attacker inject script that runs with the victim's
session: reflected cross-site scripting (CWE-79).

## Example
```java
response.getWriter().println("Hello " + request.getParameter("name"));
```

## Use instead
```java
response.getWriter().println("Hello " + Encode.forHtml(request.getParameter("name")));
// or ESAPI.encoder().encodeForHTML(...), HtmlUtils.htmlEscape(...)
```

## References
- CWE-79: Cross-site Scripting
- OWASP A03:2021 / A05:2025 Injection
- OWASP XSS Prevention Cheat Sheet
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "xss", what="This response output",
                         advice="encode it for HTML (`Encode.forHtml`, `HtmlUtils.htmlEscape`)",
                         unknown=None)


RULE = Rule(
    id="VG-JAVA-INJ-003",
    name="reflected-xss",
    category="injection",
    languages=("java",),
    cwe=(79,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data is written to the HTTP response without HTML encoding; encode it "
            "with `Encode.forHtml` or `ESAPI.encoder().encodeForHTML`.",
    prefilter=load("java").prefilter("xss"),
    sink_kinds=("xss",),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
