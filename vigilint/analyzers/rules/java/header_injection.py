"""## What it does
Flags HTTP response headers whose name or value carries request data: servlet
`setHeader`/`addHeader`, Spring `HttpHeaders.add/set` and `ResponseEntity...header(...)`,
JAX-RS `ResponseBuilder.header(...)`.

## Why is this bad?
CR/LF in a header value ends the header: an attacker adds headers of their own (`Set-Cookie`,
a second body) to the response (HTTP response splitting, CWE-113). Containers that reject
CR/LF still let a client choose a header's value, e.g. a `Content-Disposition` file name.

## Example
```java
response.setHeader("X-Report-Name", request.getParameter("name"));
```

## Use instead
```java
String name = request.getParameter("name").replaceAll("[\\r\\n]", "");
response.setHeader("X-Report-Name", name);
```

## References
- CWE-113: Improper Neutralization of CRLF Sequences in HTTP Headers ('HTTP Response Splitting')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import java_no_line_breaks, tainted_parts
from vigilint.analyzers.rules.java._common import injection_hit, sites
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    hit = injection_hit(ctx, node, "header", what="This response header",
                        advice="remove CR/LF from the value (or allow-list it)", unknown=None)
    if hit is None:
        return None
    parts = [p for site in sites(ctx, node, "header") for a in site.arguments
             for p in tainted_parts(ctx, a, "header")]
    return replace(hit, fix=java_no_line_breaks(ctx, parts))


RULE = Rule(
    id="VG-JAVA-INJ-011",
    name="header-injection",
    category="injection",
    languages=("java",),
    cwe=(113,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A response header is built from request data; remove CR/LF (or allow-list the "
            "value) before setting it.",
    prefilter=load("java").prefilter("header"),
    sink_kinds=("header",),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
