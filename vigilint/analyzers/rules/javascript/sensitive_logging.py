"""## What it does
Flags logging calls (`console.*`, `logger.*`, `log.*`, winston/pino/bunyan) whose arguments
include passwords, tokens, API keys, secrets, card numbers, whole request bodies or headers, or
the `Authorization` header.

## Why is this bad?
Logs are copied to aggregators, backups and support tickets and are readable by far more people
than the database; credentials in them are credentials leaked (CWE-532).

## Example
```js
console.log("login", username, password);
logger.info({ body: req.body });
```

## Use instead
```js
console.log("login", username);
logger.info({ userId: req.user.id });
```

## References
- CWE-532: Insertion of Sensitive Information into Log File
- OWASP A09:2021 / A09:2025 Security Logging and Alerting Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import dotted
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Fix, Rule

_LOGGERS = frozenset({"console", "logger", "log", "winston", "pino", "bunyan", "this.logger",
                      "this.log", "req.log", "fastify.log", "app.log", "request.log"})
_LEVELS = frozenset({"log", "info", "warn", "error", "debug", "trace", "fatal", "verbose",
                     "silly", "dir", "http"})
_SECRET = re.compile(r"^(pass(word|wd|phrase)?|pwd|.*_?(password|passwd|secret|token|apikey|"
                     r"api_key|private_?key|credentials?|cvv|ssn)|secret\w*|token|"
                     r"access_?token|refresh_?token|id_?token|auth_?token|api_?key|"
                     r"client_?secret|private_?key|card_?number|credit_?card\w*|cc_?number|"
                     r"cvv|cvc|ssn|authorization|cookie|cookies|session_?id|otp|pin)$",
                     re.IGNORECASE)
_REQUEST_WHOLE = re.compile(r"^(req|request|ctx\.request)\.(body|headers|cookies)$")
_HARMLESS = frozenset({"length", "size", "type", "expiresIn", "exp", "iat", "name", "id",
                       "count", "valid", "status"})
_MASKED = re.compile(r"mask|redact|hash|truncate|sanitize|obfuscate|\*\*\*", re.IGNORECASE)


def _leaf_name(ctx: FileContext, node: Node) -> str:
    if node.type == "member_expression":
        return ctx.node_text(node.child_by_field_name("property"))
    if node.type == "subscript_expression":
        return ctx.node_text(node.child_by_field_name("index")).strip("'\"`")
    return ctx.node_text(node)


def _sensitive(ctx: FileContext, arg: Node, every: list[Node] | None = None) -> Node | None:
    """The first sensitive value logged in `arg` (each of them into `every` when given)."""
    stack = [arg]
    while stack:
        node = stack.pop()
        if node.type in FUNCTION_KINDS or node.type in ("string", "regex"):
            continue
        if node.type == "call_expression":
            callee_node = node.child_by_field_name("function")
            if _MASKED.search(ctx.node_text(callee_node)):
                continue
            # a function's name is not data: look at its receiver and arguments only
            if callee_node is not None and callee_node.type == "member_expression":
                receiver = callee_node.child_by_field_name("object")
                if receiver is not None:
                    stack.append(receiver)
            args = node.child_by_field_name("arguments")
            if args is not None:
                stack.extend(args.named_children)
            continue
        if node.type in ("identifier", "member_expression", "subscript_expression",
                         "shorthand_property_identifier"):
            text = dotted(ctx, node) or ""
            if _REQUEST_WHOLE.match(text):
                if every is None:
                    return node
                every.append(node)
                continue
            leaf = _leaf_name(ctx, node)
            parent = node.parent
            is_object_of_member = parent is not None and parent.type == "member_expression" \
                and parent.child_by_field_name("object") == node
            if _SECRET.match(leaf) and not is_object_of_member:
                if every is None:
                    return node
                every.append(node)
                continue
            if node.type == "member_expression" and leaf in _HARMLESS:
                continue
            if node.type != "member_expression":
                continue
        if node.type == "pair":
            value = node.child_by_field_name("value")
            if value is not None:
                stack.append(value)
            continue
        stack.extend(node.named_children)
    return None


def _check(ctx: FileContext, call: Node) -> Hit | None:
    receiver, method = javascript(ctx).callee(call)
    if receiver is None or method not in _LEVELS:
        return None
    if (dotted(ctx, receiver) or "") not in _LOGGERS:
        return None
    for arg in javascript(ctx).arguments(call).positional:
        found = _sensitive(ctx, arg)
        if found is not None:
            return Hit(node=call, fix=_redact_fix(ctx, call), message=(
                f"`{ctx.node_text(found)}` is written to the log; log an id or a masked value "
                "instead."))
    return None


def _redact_fix(ctx: FileContext, call: Node) -> Fix | None:
    """Log a marker in place of every sensitive value of the call (the log line keeps its
    shape; nothing but the log changes, hence safe)."""
    every: list[Node] = []
    for arg in javascript(ctx).arguments(call).positional:
        _sensitive(ctx, arg, every)
    edits = [ctx.edit_node(n, f"{ctx.node_text(n)}: '[REDACTED]'"
                           if n.type == "shorthand_property_identifier" else "'[REDACTED]'")
             for n in every]
    return Fix(title="Log `[REDACTED]` instead of the secret", safe=True,
               edits=tuple(edits)) if edits else None


RULE = Rule(
    id="VG-JS-LOG-001",
    name="sensitive-data-logged",
    category="sensitive-logging",
    languages=("javascript",),
    cwe=(532,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A password, token, key or whole request is written to the log; log an id or a "
            "masked value instead.",
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
