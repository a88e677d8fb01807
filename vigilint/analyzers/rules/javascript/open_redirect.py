"""## What it does
Flags redirects to a URL taken from the request or the page URL: `res.redirect(req.query.url)`,
`ctx.redirect(...)`, `location.href = ...`, `location.assign/replace(...)`, with no allow-list
check in between.

## Why is this bad?
An attacker sends a link on your trusted domain that lands on their phishing page, or steals
OAuth codes through a redirect (CWE-601).

## Example
```js
res.redirect(req.query.next);
```

## Use instead
```js
const next = String(req.query.next || "/");
res.redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
```

## References
- CWE-601: URL Redirection to Untrusted Site ('Open Redirect')
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import dotted
from vigilint.analyzers.rules.javascript._common import call_args, method_of
from vigilint.analyzers.taint.javascript import Taint, taint_of
from vigilint.model import Rule

_SAFE_PREFIX = re.compile(r"^(https?://[^/]+/|/[^/\\\\])")
_LOCATIONS = frozenset({"location", "location.href", "window.location", "window.location.href",
                        "document.location", "document.location.href", "top.location"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        if dotted(ctx, node.child_by_field_name("left")) not in _LOCATIONS:
            return None
        value = node.child_by_field_name("right")
    else:
        receiver, method = method_of(ctx, node)
        args = call_args(node)
        receiver_text = dotted(ctx, receiver) or ""
        if method == "redirect" and receiver_text in ("res", "response", "ctx", "reply", "resp"):
            value = args[-1] if args else None
        elif method in ("assign", "replace") and receiver_text in _LOCATIONS:
            value = args[0] if args else None
        else:
            return None
    if value is None or taint_of(ctx, value) < Taint.TAINTED:
        return None
    prefix = ""
    if value.type == "template_string":
        prefix = ctx.node_text(value)[1:].split("${", 1)[0]
    elif value.type == "binary_expression":
        left = value.child_by_field_name("left")
        if left is not None and left.type == "string":
            prefix = ctx.node_text(left)[1:-1]
    if _SAFE_PREFIX.match(prefix):
        return None  # a fixed path or host (`/items/${id}`) keeps the redirect on that site
    return Hit(node=node)


RULE = Rule(
    id="VG-JS-INJ-009",
    name="open-redirect",
    category="injection",
    languages=("javascript",),
    cwe=(601,),
    likelihood="very-likely",
    impact="medium",
    confidence="medium",
    message="The redirect target comes from the request; allow only relative paths or a fixed "
            "list of hosts.",
    prefilter=("location", "redirect"),
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
)
