"""## What it does
Flags outgoing requests whose URL comes from request data: `new URL(x).openConnection()` /
`openStream()`, `URI.create(x)` used for `HttpRequest`, Spring `RestTemplate`
`getForObject/getForEntity/postForObject/exchange/execute` and `WebClient...uri(x)`.

## Why is this bad?
A server that fetches a user-chosen URL can be pointed at internal services and cloud metadata
endpoints behind the firewall (CWE-918).

## Example
```java
new URL(request.getParameter("url")).openStream();
```

## Use instead
```java
URI uri = URI.create(request.getParameter("url"));
if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost()))
    throw new SecurityException("host not allowed");
```

## References
- CWE-918: Server-Side Request Forgery
- OWASP A10:2021 / A01:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "ssrf", what="This outgoing request's URL",
                         advice="allow-list the scheme and host before connecting",
                         unknown=None)


RULE = Rule(
    id="VG-JAVA-SSRF-001",
    name="ssrf",
    category="ssrf",
    languages=("java",),
    cwe=(918,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="An outgoing request's URL comes from request data; allow-list scheme and host "
            "before connecting.",
    prefilter=load("java").prefilter("ssrf"),
    sink_kinds=("ssrf",),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
