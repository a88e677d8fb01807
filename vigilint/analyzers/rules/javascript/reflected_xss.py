"""## What it does
Flags server responses that write request data into HTML without escaping:
`res.send(...)`, `res.write(...)`, `res.end(...)` (Express/Node) and `ctx.body = ...` (Koa)
whose value is built from `req.query`, `req.body`, `req.params` and the like.

## Why is this bad?
`res.send` of a string is served as `text/html`; `?name=<script>...</script>` then runs in the
victim's browser on your origin (reflected XSS, CWE-79).

## Example
```js
res.send(`<h1>Hello ${req.query.name}</h1>`);
```

## Use instead
```js
const escapeHtml = require("escape-html");
res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
// or res.json({ name: req.query.name }), or a template engine that escapes
```

## References
- CWE-79: Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.javascript._common import call_args, method_of
from vigilint.analyzers.taint.javascript import Taint, taint_of
from vigilint.model import Rule

_METHODS = frozenset({"send", "write", "end"})
_RESPONSES = frozenset({"res", "response", "resp", "reply"})


def _receiver_name(ctx: FileContext, node: Node | None) -> str:
    # res.status(200).send(...): walk down the chained calls to the response object
    while node is not None and node.type == "call_expression":
        callee = node.child_by_field_name("function")
        node = callee.child_by_field_name("object") if callee is not None and \
            callee.type == "member_expression" else None
    return ctx.node_text(node) if node is not None else ""


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "assignment_expression":
        left = node.child_by_field_name("left")
        if ctx.node_text(left) != "ctx.body":
            return None
        value = node.child_by_field_name("right")
    else:
        receiver, method = method_of(ctx, node)
        if method not in _METHODS or _receiver_name(ctx, receiver) not in _RESPONSES:
            return None
        args = call_args(node)
        if not args:
            return None
        value = args[0]
    if value is None or value.type in ("object", "array"):
        return None  # serialised as JSON
    if taint_of(ctx, value) < Taint.TAINTED:
        return None
    return Hit(node=node, likelihood="very-likely")


RULE = Rule(
    id="VG-JS-INJ-005",
    name="reflected-xss",
    category="injection",
    languages=("javascript",),
    cwe=(79,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data is written into the HTML response unescaped; escape it with "
            "`escape-html` or send JSON with `res.json`.",
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
)
