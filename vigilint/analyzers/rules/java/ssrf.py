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

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import arguments, enclosing_method, injection_hit
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    hit = injection_hit(ctx, node, "ssrf", what="This outgoing request's URL",
                        advice="allow-list the scheme and host before connecting",
                        unknown=None)
    if hit is None:
        return None
    receiver = node.child_by_field_name("object")
    given = arguments(ctx, node) or (arguments(ctx, receiver) if receiver is not None and
                                     receiver.type == "object_creation_expression" else ())
    tainted = [a for a in given if flow(ctx).verdict(a, "ssrf").level == "tainted"]
    return replace(hit, fix=_allow_list_fix(ctx, node, tainted[0])) if len(tainted) == 1 else hit


VARIABLE = "ALLOWED_FETCH_HOSTS"
_STATEMENTS = frozenset({"expression_statement", "return_statement", "try_with_resources_statement",
                         "local_variable_declaration"})
_NAMES = ("fetchUri", "outgoingUri", "targetUri")


def _allow_list_fix(ctx: FileContext, node: Node, url: Node) -> Fix | None:
    """Before the statement that connects to `url` (a `String` local or parameter): its host
    parsed and checked against the comma-separated list in `ALLOWED_FETCH_HOSTS`, an
    `IllegalArgumentException` otherwise. Unsafe: every host the feature needs must be listed
    where the app runs, and the error may deserve a proper answer (400)."""
    method = enclosing_method(ctx, node)
    statement = node.parent
    while statement is not None and statement.type not in _STATEMENTS:
        if statement.type in ("lambda_expression", "block", "method_declaration"):
            return None
        statement = statement.parent
    if statement is None or method is None or statement.parent is None or \
            statement.parent.type != "block" or url.type != "identifier":
        return None
    name = ctx.node_text(url)
    text = ctx.node_text(method)
    if not re.search(rf"\bString\s+{re.escape(name)}\b", text):
        return None
    parsed = next((n for n in (f"{name}Uri", *_NAMES) if not re.search(rf"\b{n}\b", text)),
                  None)
    line = ctx.lines[statement.start_point[0]]
    indent = line[:statement.start_point[1]]
    if parsed is None or indent.strip():
        return None
    step = "\t" if "\t" in indent else "    "
    guard = (f"java.net.URI {parsed} = java.net.URI.create({name});\n{indent}"
             f"if (!java.util.Arrays.asList(System.getenv().getOrDefault(\"{VARIABLE}\", \"\")"
             f".split(\",\")).contains({parsed}.getHost())) {{\n{indent}{step}"
             f"throw new IllegalArgumentException(\"host not allowed\");\n{indent}}}\n{indent}")
    return Fix(title=f"Connect only to the hosts listed in `{VARIABLE}`", safe=False,
               edits=(ctx.insert_at(statement.start_byte, guard),))


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
    fixable=True,
)
