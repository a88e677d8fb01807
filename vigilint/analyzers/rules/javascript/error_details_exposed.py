"""## What it does
Flags error details sent to clients: `res.send(err.stack)`, `res.json({error: err.message,
stack: err.stack})`, `res.status(500).send(err)` / `res.json(err)` with the error object itself,
in `catch` blocks and error-first callbacks, and Koa's `ctx.body = {...}`. Fastify's
`reply.send(err)` with the error object itself is the way to hand it to the error handler (whose
serializer sends its status code and message only), so it is not reported; `reply.send(err.stack)`
is. In the handler
that receives every unexpected error (an Express error middleware `(err, req, res, next)`, a
`catch` around `await next()`), `err.message` counts too: it is a database's or a library's
text there, not one the app wrote for the user.

## Why is this bad?
Stack traces and raw error objects reveal file paths, library versions, SQL statements and
sometimes credentials, which help an attacker aim the next request (CWE-209).

## Example
```js
} catch (err) {
  res.status(500).json({ error: err.message, stack: err.stack });
}
```

## Use instead
```js
} catch (err) {
  logger.error(err);
  res.status(500).json({ error: "Internal server error" });
}
```

## References
- CWE-209: Generation of Error Message Containing Sensitive Information
- OWASP A04:2021 / A10:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import remove_item
from vigilint.analyzers.rules.javascript._common import receiver_root
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Edit, Fix, Rule

_METHODS = frozenset({"send", "json", "end", "write", "jsonp"})
_RESPONSES = frozenset({"res", "response", "resp", "reply", "ctx"})


def _error_names(ctx: FileContext, node: Node) -> set[str]:
    """Names bound to caught errors around `node`: catch parameters, error-first callbacks,
    Express error handlers `(err, req, res, next)`."""
    names: set[str] = set()
    cur = node.parent
    while cur is not None:
        if cur.type == "catch_clause":
            param = cur.child_by_field_name("parameter")
            if param is not None:
                names.add(ctx.node_text(param))
        elif cur.type in FUNCTION_KINDS:
            params = cur.child_by_field_name("parameters")
            first = params.named_children[0] if params is not None and \
                params.named_children else cur.child_by_field_name("parameter")
            if first is not None:
                pattern = first.child_by_field_name("pattern") or first
                text = ctx.node_text(pattern)
                if text in ("err", "error", "e", "ex", "exception", "er"):
                    names.add(text)
        cur = cur.parent
    return names


def _catch_all(ctx: FileContext, node: Node) -> bool:
    """`node` is in a handler that receives every unexpected error of the app: an Express
    error middleware `(err, req, res, next)`, or a `catch` around `await next()` (Koa)."""
    cur = node.parent
    while cur is not None:
        if cur.type == "catch_clause":
            tried = cur.parent.child_by_field_name("body") if cur.parent is not None else None
            if tried is not None and "await next()" in ctx.node_text(tried):
                return True
        elif cur.type in FUNCTION_KINDS:
            params = cur.child_by_field_name("parameters")
            return params is not None and len(params.named_children) == 4
        cur = cur.parent
    return False


def _leaks(ctx: FileContext, value: Node, errors: set[str], message: bool = False) -> bool:
    """The response value carries the error object, its stack or driver details (with
    `message`: its message too, unless a conditional chooses what to show)."""
    stack = [value]
    while stack:
        node = stack.pop()
        text = ctx.node_text(node)
        if node.type == "identifier" and text in errors and node.parent is not None and \
                node.parent.type != "member_expression":
            return True  # the whole error object
        if node.type == "shorthand_property_identifier" and text in errors:
            return True
        if node.type == "member_expression":
            obj = ctx.node_text(node.child_by_field_name("object"))
            prop = ctx.node_text(node.child_by_field_name("property"))
            if obj in errors and prop in ("stack", "sql", "sqlMessage", "errors", "config",
                                          "response", "original"):
                return True
            if prop == "stack" or (message and obj in errors and prop == "message"):
                return True
        if node.type in FUNCTION_KINDS or node.type == "ternary_expression":
            continue
        stack.extend(node.named_children)
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    method = ""
    if call.type == "assignment_expression":  # Koa `ctx.body = {...}`
        left, value = call.child_by_field_name("left"), call.child_by_field_name("right")
        if left is None or value is None or left.type != "member_expression" or \
                ctx.node_text(left.child_by_field_name("property")) != "body" or \
                receiver_root(ctx, left.child_by_field_name("object")) not in _RESPONSES:
            return None
    else:
        receiver, method = javascript(ctx).callee(call)
        if method not in _METHODS or receiver_root(ctx, receiver) not in _RESPONSES:
            return None
        args = javascript(ctx).arguments(call).positional
        if not args:
            return None
        value = args[0]
    errors = _error_names(ctx, call)
    if not errors and ".stack" not in ctx.node_text(value):
        return None
    if method == "send" and receiver_root(ctx, receiver) == "reply" and \
            value.type == "identifier" and ctx.node_text(value) in errors:
        # Fastify: `reply.send(err)` hands the error to the error handler, whose serializer
        # sends its status code and message, not its stack or a driver's fields
        return None
    message = bool(errors) and _catch_all(ctx, call)
    if _leaks(ctx, value, errors, message=message):
        if call.type == "assignment_expression":  # Koa: an object body is sent as JSON
            return Hit(node=call, fix=_generic_fix(ctx, value, errors,
                                                   json=value.type == "object", message=message))
        return Hit(node=call, fix=_generic_fix(ctx, value, errors,
                                               json=method in ("json", "jsonp"), message=message))
    return None


_GENERIC = "'Internal Server Error'"


def _generic_fix(ctx: FileContext, value: Node, errors: set[str], *, json: bool,
                 message: bool = False) -> Fix | None:
    """Leave the error's details out of the response: drop each leaking property of a
    response object (or send a generic message when none is left), else send a generic
    body. Unsafe: a client reading those details breaks."""
    if value.type == "object":
        children = [c for c in value.named_children if c.type != "comment"]
        leaking = [c for c in children if _leaks(ctx, c, errors, message=message)]
        if any(c.type not in ("pair", "shorthand_property_identifier") for c in leaking):
            return None  # a spread of the error
        if len(leaking) == len(children):
            edits_tuple: tuple[Edit, ...] = (ctx.edit_node(value, f"{{ error: {_GENERIC} }}"),)
        else:
            removed = [remove_item(ctx, c) for c in leaking]
            if any(e is None for e in removed):
                return None
            edits_tuple = tuple(e for e in removed if e is not None)
    else:
        edits_tuple = (ctx.edit_node(value, f"{{ error: {_GENERIC} }}" if json else _GENERIC),)
    if not edits_tuple:
        return None
    return Fix(title="Send a generic message (log the error on the server)", safe=False,
               edits=edits_tuple)


RULE = Rule(
    id="VG-JS-ERR-001",
    name="error-details-to-client",
    category="error-handling",
    languages=("javascript",),
    cwe=(209,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="A stack trace or raw error object is sent to the client; log it server-side and "
            "send a generic message.",
    prefilter=("send", "json", "end", "write", "body"),
    node_kinds=("call_expression", "assignment_expression"),
    check=_check,
    fixable=True,
)
