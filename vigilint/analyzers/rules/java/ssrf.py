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
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink
from vigilint.model import Rule

_TEMPLATE = frozenset({"getForObject", "getForEntity", "postForObject", "postForEntity",
                       "exchange", "execute", "put", "delete", "headForHeaders",
                       "patchForObject", "postForLocation", "optionsForAllow"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    if name in ("openConnection", "openStream") or (
            name == "getContent" and "url" in receiver_text(ctx, node).lower()):
        # new URL(x) alone only parses; connecting to a URL built from input is the sink
        return taint_sink(ctx, node, "ssrf", indexes=(), include_receiver=True, possible=False)
    receiver = receiver_text(ctx, node).lower()
    if name == "create" and receiver.endswith("uri"):
        return taint_sink(ctx, node, "ssrf", indexes=(0,), possible=False)
    if name in _TEMPLATE and ("resttemplate" in receiver or "rest" in receiver
                              or "template" in receiver):
        return taint_sink(ctx, node, "ssrf", indexes=(0,), possible=False)
    if name == "uri" and ("webclient" in receiver or "client" in receiver or "get()" in receiver):
        return taint_sink(ctx, node, "ssrf", indexes=(0,), possible=False)
    return None


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
    prefilter=("openConnection", "openStream", "getContent", "create", "For", "exchange", "execute",
               "put", "delete", "uri"),
    node_kinds=("method_invocation",),
    check=_check,
)
