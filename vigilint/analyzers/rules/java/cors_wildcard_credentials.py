"""## What it does
Flags Spring CORS configurations that allow any origin (`allowedOrigins("*")`,
`allowedOriginPatterns("*")`, `setAllowedOrigins(List.of("*"))`, `@CrossOrigin(origins = "*")`)
together with credentials (`allowCredentials(true)`, `setAllowCredentials(true)`,
`allowCredentials = "true"`) in the same class.

## Why is this bad?
With credentials allowed for every origin, any web site can make authenticated requests with
the user's cookies and read the responses (CWE-942).

## Example
```java
registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);
```

## Use instead
```java
registry.addMapping("/**").allowedOrigins("https://app.example.com").allowCredentials(true);
```

## References
- CWE-942: Permissive Cross-domain Policy with Untrusted Domains
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of
from vigilint.model import Fix, Rule

_CREDENTIALS = re.compile(r'(allowCredentials|setAllowCredentials)\s*(\(\s*true\s*\)|=\s*"true")')


def _class_text(ctx: FileContext, node: Node) -> str:
    cur = node.parent
    while cur is not None and cur.type != "class_body":
        cur = cur.parent
    return ctx.node_text(cur) if cur is not None else ctx.text


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "method_invocation":
        if name_of(ctx, node) not in ("allowedOrigins", "allowedOriginPatterns",
                                      "setAllowedOrigins", "setAllowedOriginPatterns",
                                      "addAllowedOrigin", "addAllowedOriginPattern"):
            return None
        if '"*"' not in ctx.node_text(node.child_by_field_name("arguments")):
            return None
    else:
        if ctx.node_text(node.child_by_field_name("name")) != "CrossOrigin":
            return None
        if '"*"' not in ctx.node_text(node):
            return None
    if not _CREDENTIALS.search(_class_text(ctx, node)) and not _CREDENTIALS.search(
            ctx.node_text(node)):
        return None
    return Hit(node=node, fix=_no_credentials_fix(ctx, node))


def _no_credentials_fix(ctx: FileContext, node: Node) -> Fix | None:
    """Every origin may still read public responses, but without cookies: each
    `allowCredentials(true)` / `allowCredentials = "true"` of the class becomes false.
    Unsafe: a browser client that sends cookies cross-origin stops working."""
    scope = node.parent
    while scope is not None and scope.type != "class_body":
        scope = scope.parent
    if scope is None:  # an annotation on the class itself: its own text
        scope = node
    start = scope.start_byte
    text = ctx.source[start:scope.end_byte].decode("utf-8", "replace")
    if not text.isascii():
        return None  # byte offsets below are character offsets only for ASCII
    edits = []
    for match in _CREDENTIALS.finditer(text):
        value = match.group(2)
        offset = start + match.start(2) + value.index("true")
        edits.append(ctx.edit_bytes(offset, offset + 4, "false"))
    if not edits:
        return None
    return Fix(title="Stop sending credentials to every origin", safe=False,
               edits=tuple(edits))


RULE = Rule(
    id="VG-JAVA-DEF-005",
    name="cors-wildcard-with-credentials",
    category="insecure-default",
    languages=("java",),
    cwe=(942,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="CORS allows any origin with credentials; list the trusted origins explicitly.",
    prefilter=("llowedOrigin", "CrossOrigin"),
    node_kinds=("method_invocation", "annotation"),
    check=_check,
    fixable=True,
)
