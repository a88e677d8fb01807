"""## What it does
Flags request body parsers configured with very large limits: `express.json({limit: "50mb"})`,
`bodyParser.json/urlencoded/raw/text` with limits of 10 MB or more, `Infinity`, and
`express.urlencoded({parameterLimit: ...})` above 10,000.

## Why is this bad?
Each request body is buffered in memory and parsed synchronously: a few concurrent large
bodies exhaust memory and block the event loop (CWE-770).

## Example
```js
app.use(express.json({ limit: "500mb" }));
```

## Use instead
```js
app.use(express.json({ limit: "100kb" }));   // raise it only on the route that needs it
```

## References
- CWE-770: Allocation of Resources Without Limits or Throttling
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_PARSERS = frozenset({"json", "urlencoded", "raw", "text"})
_MODULES = ("express", "body-parser", "bodyParser", "koa-bodyparser", "koa-body")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1024, "mb": 1024 ** 2, "gb": 1024 ** 3, "tb": 1024 ** 4}
_MAX_BYTES = 10 * 1024 ** 2


def _bytes(ctx: FileContext, node: Node) -> float | None:
    text = javascript(ctx).string_value(node)
    if text is None:
        raw = ctx.node_text(node).replace("_", "")
        if raw == "Infinity":
            return float("inf")
        try:
            return float(eval_number(raw))
        except ValueError:
            return None
    match = _SIZE.match(text)
    if not match:
        return None
    return float(match.group(1)) * _UNITS[(match.group(2) or "b").lower()]


def eval_number(text: str) -> float:
    """A numeric literal or a product of literals (`50 * 1024 * 1024`)."""
    value = 1.0
    for part in text.split("*"):
        value *= float(part.strip())
    return value


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    module, _, method = name.rpartition(".")
    if not (module in _MODULES and method in _PARSERS) and name not in (
            "koa-bodyparser", "koa-body", "bodyParser"):
        return None
    args = javascript(ctx).arguments(call).positional
    props = javascript(ctx).object_properties(args[0] if args else None)
    for key in ("limit", "jsonLimit", "formLimit", "textLimit", "formidable.maxFileSize"):
        value = props.get(key)
        if value is not None:
            size = _bytes(ctx, value)
            if size is not None and size >= _MAX_BYTES:
                return Hit(node=value, fix=Fix(
                    title="Limit bodies to 1 MB", safe=False,
                    edits=(ctx.edit_node(value, "'1mb'"),)) if "." not in key else None)
    limit = props.get("parameterLimit")
    if limit is not None:
        count = _bytes(ctx, limit)
        if count is not None and count > 10_000:
            return Hit(node=limit, fix=Fix(title="Keep the default of 1000 parameters",
                                           safe=False, edits=(ctx.edit_node(limit, "1000"),)))
    return None


RULE = Rule(
    id="VG-JS-DOS-002",
    name="large-body-limit",
    category="resource-exhaustion",
    languages=("javascript",),
    cwe=(770, 400),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="The request body limit is very large; keep the default (100kb) or raise it only "
            "on the route that needs it.",
    prefilter=("express", "body-parser", "bodyParser", "koa-body"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
