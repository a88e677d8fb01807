"""## What it does
Flags `SSLContext.getInstance` with `"SSL"`, `"SSLv2"`, `"SSLv3"`, `"TLSv1"` or `"TLSv1.1"`, and
`setEnabledProtocols` lists that include them.

## Why is this bad?
SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and attackable (POODLE, BEAST)
(CWE-327).

## Example
```java
SSLContext ctx = SSLContext.getInstance("TLSv1");
```

## Use instead
```java
SSLContext ctx = SSLContext.getInstance("TLSv1.3");
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- RFC 8996: Deprecating TLS 1.0 and TLS 1.1
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, const_arg, name_of, receiver_text
from vigilint.model import Fix, Rule

_OLD = frozenset({"SSL", "SSLV2", "SSLV3", "TLSV1", "TLSV1.1", "SSLV2HELLO"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    if name == "getInstance" and receiver_text(ctx, node).endswith("SSLContext"):
        value = const_arg(ctx, node, 0)
        if not isinstance(value, str) or value.upper() not in _OLD:
            return None
        first = arguments(ctx, node)[0]
        fix = Fix(title="Use TLSv1.3", safe=False, edits=(ctx.edit_node(first, '"TLSv1.3"'),)) \
            if first.type == "string_literal" else None
        return Hit(node=node, fix=fix,
                   message=f"`{value}` is a deprecated protocol; use `\"TLSv1.3\"` or "
                           "`\"TLSv1.2\"`.")
    if name == "setEnabledProtocols":
        text = ctx.node_text(node.child_by_field_name("arguments"))
        if re.search(r'"(SSLv2|SSLv3|TLSv1|TLSv1\.1)"', text):
            return Hit(node=node)
    return None


RULE = Rule(
    id="VG-JAVA-DEF-003",
    name="weak-tls-protocol",
    category="insecure-default",
    languages=("java",),
    cwe=(327,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="A deprecated SSL/TLS version is enabled; use TLS 1.2 or 1.3.",
    prefilter=("SSLContext", "setEnabledProtocols"),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
