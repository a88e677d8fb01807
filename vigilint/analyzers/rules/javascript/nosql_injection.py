"""## What it does
Flags MongoDB/Mongoose queries that take request data as a whole query object
(`User.find(req.body)`), put request fields into a filter without casting them
(`findOne({user: req.body.user})`), or use `$where` with non-constant JavaScript.

## Why is this bad?
JSON bodies and query strings (`?user[$ne]=x`) can carry objects: `{"$ne": null}` or
`{"$gt": ""}` turns an equality test into "any value" and bypasses logins (CWE-943). `$where`
runs JavaScript on the database server.

## Example
```js
const user = await User.findOne({ email: req.body.email, password: req.body.password });
```

## Use instead
```js
const user = await User.findOne({ email: String(req.body.email) });
// or validate the body's types first (joi/zod), or enable mongoose `sanitizeFilter`
```

## References
- CWE-943: Improper Neutralization of Special Elements in Data Query Logic
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import dotted
from vigilint.analyzers.rules.javascript._common import call_args, method_of, object_props
from vigilint.analyzers.taint.javascript import Taint, resolve, taint_of
from vigilint.model import Rule

_QUERY_METHODS = frozenset({
    "find", "findOne", "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace",
    "findOneAndRemove", "updateOne", "updateMany", "deleteOne", "deleteMany", "countDocuments",
    "count", "exists", "where", "remove", "replaceOne", "distinct",
})
_CASTS = ("String", "Number", "parseInt", "parseFloat", "Boolean", "sanitize", "mongoSanitize",
          "ObjectId", "Types.ObjectId", "escape")


def _is_cast(ctx: FileContext, value: Node) -> bool:
    if value.type == "template_string":
        return True
    if value.type == "call_expression":
        callee = ctx.node_text(value.child_by_field_name("function"))
        return callee.endswith(_CASTS) or callee.endswith(".toString")
    return value.type == "new_expression"


def _uncast_tainted(ctx: FileContext, value: Node) -> bool:
    resolved = resolve(ctx, value) or value
    if _is_cast(ctx, resolved) or _is_cast(ctx, value):
        return False
    text = dotted(ctx, resolved) or ""
    if ".params." in text + "." or text.endswith(".params"):
        return False  # route parameters are always strings
    if value.type == "object":
        return _filter_is_tainted(ctx, value)
    return taint_of(ctx, value) >= Taint.TAINTED


def _filter_is_tainted(ctx: FileContext, filt: Node) -> bool:
    for key, value in object_props(ctx, filt).items():
        if key == "$where":
            continue
        if _uncast_tainted(ctx, value):
            return True
    return False


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "pair":
        if ctx.node_text(node.child_by_field_name("key")).strip("'\"") != "$where":
            return None
        value = node.child_by_field_name("value")
        if value is None or value.type in ("function_expression", "arrow_function"):
            return None
        taint = taint_of(ctx, value)
        if taint == Taint.SAFE:
            return None
        return Hit(node=node, message="`$where` runs JavaScript built from non-constant values "
                                      "on the database; use query operators instead.",
                   likelihood="very-likely" if taint >= Taint.TAINTED else "possible")
    _, method = method_of(ctx, node)
    if method not in _QUERY_METHODS:
        return None
    args = call_args(node)
    if not args:
        return None
    filt = args[0]
    resolved = resolve(ctx, filt) or filt
    if resolved.type == "object":
        if _filter_is_tainted(ctx, resolved):
            return Hit(node=node)
        return None
    if resolved.type in ("string", "template_string", "arrow_function", "function_expression"):
        return None
    text = dotted(ctx, resolved) or ""
    if text.endswith((".body", ".query")) and taint_of(ctx, resolved) >= Taint.TAINTED:
        return Hit(node=node)
    return None


RULE = Rule(
    id="VG-JS-INJ-006",
    name="nosql-injection",
    category="injection",
    languages=("javascript",),
    cwe=(943,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="Request data reaches a MongoDB query without type casting, so `{\"$ne\": null}` "
            "operators get through; cast with `String(...)` or validate the body's types.",
    prefilter=("find", "update", "delete", "count", "exists", "where", "remove", "replaceOne",
               "distinct"),
    node_kinds=("call_expression", "pair"),
    check=_check,
)
